// expect: MMR100
using System.Threading;
using MmapRecords;
using Demo;

namespace Monitoring;

public sealed class LastHeader
{
    private static object? s_last;

    public static void Observe(string path)
    {
        using var file = MappedFile.Open(path);
        var header = file.Read<Header>(0);
        Interlocked.Exchange(ref s_last, header); // BUG: the boxed header is published to a static
    }

    public static string Describe() => s_last?.ToString() ?? "none";
}
