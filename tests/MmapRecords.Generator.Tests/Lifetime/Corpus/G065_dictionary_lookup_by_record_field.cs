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

public sealed class Names
{
    private readonly Dictionary<ulong, string> _names = new();

    public string Describe(string path)
    {
        using var file = MappedFile.Open(path);
        var header = file.Read<Header>(0);
        return _names.TryGetValue(header.Magic, out var name) ? name : header.ToString();
    }
}
