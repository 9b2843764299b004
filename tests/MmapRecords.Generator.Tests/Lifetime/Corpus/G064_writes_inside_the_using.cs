// expect: none
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using MmapRecords;
using Demo;

namespace Corpus;

[Record(Size = 8)]
public partial struct Counter
{
    [Field(0)] public partial long Value { get; set; }
}

public static class Counters
{
    public static long Bump(string path)
    {
        using var file = MappedFile.Open(path, MapAccess.ReadWrite);
        var counter = file.Read<Counter>(0);
        counter.Value = counter.Value + 1;
        file.Flush();
        return counter.Value;
    }
}
