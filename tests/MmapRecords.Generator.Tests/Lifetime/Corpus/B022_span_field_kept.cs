// expect: MMR100 MMR101
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using MmapRecords;
using Demo;

namespace Corpus;

[Record(Size = 16)]
public readonly partial struct Block
{
    [Field(0, Length = 16)] public partial ReadOnlySpan<byte> Bytes { get; }
}

public static class Checksums
{
    public static int Sum(string path)
    {
        ReadOnlySpan<byte> bytes;
        using (var file = MappedFile.Open(path))
        {
            bytes = file.Read<Block>(0).Bytes;
        }
        var sum = 0;
        foreach (var b in bytes) sum += b;
        return sum;
    }
}
