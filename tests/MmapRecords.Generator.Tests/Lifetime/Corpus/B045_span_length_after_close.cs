// expect: MMR101
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using MmapRecords;
using Demo;

namespace Corpus;

[Record(Size = 32)]
public readonly partial struct Name
{
    [Field(0, Length = 8)] public partial ReadOnlySpan<int> Codes { get; }
}

public static class Names
{
    public static int Length(string path)
    {
        var file = MappedFile.Open(path);
        var codes = file.Read<Name>(0).Codes;
        file.Dispose();
        return codes.Length;
    }
}
