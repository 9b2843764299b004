// expect: MMR100
using System.IO;
using System.Threading.Tasks;
using MmapRecords;
using Demo;

namespace Services;

public sealed class HeaderService
{
    private const ulong ExpectedMagic = 0x4D4D5245434F5244;

    public async Task<Header> ReadHeaderAsync(string path)
    {
        await Task.Yield();
        using var file = MappedFile.Open(path);
        var header = file.Read<Header>(0);
        if (header.Magic != ExpectedMagic)
        {
            throw new InvalidDataException($"{path}: bad magic {header.Magic:X}");
        }

        return header; // BUG: the awaited result still points into the disposed mapping
    }
}
