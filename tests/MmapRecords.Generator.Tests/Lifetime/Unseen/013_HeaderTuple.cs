// expect: MMR100
using MmapRecords;
using Demo;

namespace Formats;

public static class Probe
{
    public static (Header Header, long Bytes) Inspect(string path)
    {
        using var file = MappedFile.Open(path);
        var header = file.Read<Header>(0);
        return (header, file.Length); // BUG: the tuple carries a record of the disposed file
    }
}
