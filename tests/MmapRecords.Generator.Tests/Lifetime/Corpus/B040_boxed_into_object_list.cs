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

public sealed class Inspector
{
    private readonly List<object> _log = new();

    public void Inspect(string path)
    {
        using var file = MappedFile.Open(path);
        _log.Add(file.Read<Header>(0));
    }
}
