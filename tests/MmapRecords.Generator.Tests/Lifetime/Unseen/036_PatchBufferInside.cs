// expect: none
using System;
using System.Buffers.Binary;
using MmapRecords;

namespace Tools;

public static class Patcher
{
    public static long ZeroHeader(string path, long newCount)
    {
        long old;
        using (var file = MappedFile.Open(path, MapAccess.ReadWrite))
        {
            Span<byte> header = file.WritableBytes(0, 16);
            old = BinaryPrimitives.ReadInt64LittleEndian(header[8..]);
            BinaryPrimitives.WriteInt64LittleEndian(header[8..], newCount);
            file.Flush();
        }

        return old;
    }
}
