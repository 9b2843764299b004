// expect: MMR100
using System;
using MmapRecords;

namespace Formats;

public static class Sniffer
{
    public static ReadOnlySpan<byte> Signature(string path)
    {
        using var file = MappedFile.Open(path);
        return file.Bytes(0, Math.Min(8, (int)file.Length)); // BUG: the span points into the mapping that is disposed on return
    }
}
