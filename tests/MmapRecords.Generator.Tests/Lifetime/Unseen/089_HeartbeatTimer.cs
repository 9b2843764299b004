// expect: MMR100
using System;
using System.Threading;
using MmapRecords;
using Demo;

namespace Monitoring;

public sealed class Heartbeat : IDisposable
{
    private Timer? _timer;

    public void Start(string statusPath)
    {
        using var file = MappedFile.Open(statusPath);
        var header = file.Read<Header>(0);
        _timer = new Timer(_ => Console.WriteLine($"alive, {header.Count} items"), null, 0, 1000); // BUG: the timer callback reads the header long after the dispose
    }

    public void Dispose() => _timer?.Dispose();
}
