// expect: MMR100
using System;
using MmapRecords;
using Demo;

namespace Hosting;

public static class AppEvents
{
    public static event Action? ShuttingDown;
    public static void RaiseShutdown() => ShuttingDown?.Invoke();
}

public static class Startup
{
    public static void Configure(string dataPath)
    {
        using var data = MappedFile.Open(dataPath);
        var header = data.Read<Header>(0);
        AppEvents.ShuttingDown += () => Console.WriteLine($"served {header.Count} records"); // BUG: the hook runs at shutdown, long after the dispose
    }
}
