// expect: MMR100
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using MmapRecords;
using Demo;

namespace Corpus;

public sealed class HeaderCache
{
    private readonly Dictionary<string, Header> _headers = new();

    public Header Get(string path)
    {
        if (_headers.TryGetValue(path, out var known)) return known;
        using var file = MappedFile.Open(path);
        var header = file.Read<Header>(0);
        _headers[path] = header;
        return header;
    }
}
