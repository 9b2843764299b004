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

public sealed class Monitor2 : IDisposable
{
    private Timer? _timer;

    public void Start(string path)
    {
        using var file = MappedFile.Open(path);
        var header = file.Read<Header>(0);
        _timer = new Timer(_ => Console.WriteLine(header.Count), null, 0, 1000);
    }

    public void Dispose() => _timer?.Dispose();
}
