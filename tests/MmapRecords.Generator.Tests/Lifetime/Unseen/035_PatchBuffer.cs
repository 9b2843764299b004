// expect: MMR100 MMR101
using System;
using MmapRecords;

namespace Tools;

public static class Patcher
{
    public static void ZeroHeader(string path)
    {
        Span<byte> header;
        using (var file = MappedFile.Open(path, MapAccess.ReadWrite))
        {
            header = file.WritableBytes(0, 16); // BUG: the writable span is used after the using ends
        }

        header.Clear();
    }
}
