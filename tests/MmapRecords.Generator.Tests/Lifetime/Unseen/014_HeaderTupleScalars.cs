// expect: none
using MmapRecords;
using Demo;

namespace Formats;

public static class Probe
{
    public static (ulong Magic, long Count, long Bytes) Inspect(string path)
    {
        using var file = MappedFile.Open(path);
        var header = file.Read<Header>(0);
        return (header.Magic, header.Count, file.Length);
    }

    public static (Header Header, string Path) InspectCopy(string path)
    {
        using var file = MappedFile.Open(path);
        return (file.Read<Header>(0).Detach(), file.Path);
    }
}
