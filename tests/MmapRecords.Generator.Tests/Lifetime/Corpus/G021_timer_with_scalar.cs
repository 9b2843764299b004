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

public sealed class Monitor2 : IDisposable
{
    private Timer? _timer;

    public void Start(string path)
    {
        using var file = MappedFile.Open(path);
        var count = file.Read<Header>(0).Count;
        _timer = new Timer(_ => Console.WriteLine(count), null, 0, 1000);
    }

    public void Dispose() => _timer?.Dispose();
}
