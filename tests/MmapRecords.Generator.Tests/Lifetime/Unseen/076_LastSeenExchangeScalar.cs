// expect: none
using System.Threading;
using MmapRecords;
using Demo;

namespace Monitoring;

public sealed class LastHeader
{
    private static long s_lastCount;
    private static string? s_lastText;

    public static void Observe(string path)
    {
        using var file = MappedFile.Open(path);
        var header = file.Read<Header>(0);
        Interlocked.Exchange(ref s_lastCount, header.Count);
        Interlocked.Exchange(ref s_lastText, header.ToString());
    }

    public static string Describe() => s_lastText ?? "none";
}
