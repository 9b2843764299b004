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

public sealed class CountCache
{
    private readonly Dictionary<string, long> _counts = new();

    public long Get(string path)
    {
        if (_counts.TryGetValue(path, out var known)) return known;
        using var file = MappedFile.Open(path);
        var header = file.Read<Header>(0);
        _counts[path] = header.Count;
        return header.Count;
    }
}
