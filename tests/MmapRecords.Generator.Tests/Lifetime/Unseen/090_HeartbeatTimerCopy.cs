// expect: none
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
        var count = file.Read<Header>(0).Count;
        var label = file.Read<Header>(0).ToString();
        _timer = new Timer(_ => Console.WriteLine($"alive, {count} items ({label})"), null, 0, 1000);
    }

    public void Dispose() => _timer?.Dispose();
}
