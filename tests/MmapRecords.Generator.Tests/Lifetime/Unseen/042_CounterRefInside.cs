// expect: none
using System.Threading;
using MmapRecords;

namespace Sharing;

[Record(Size = 16)]
public readonly partial struct Counters
{
    [Field(0)] public partial ref long Hits { get; }
    [Field(8)] public partial ref long Misses { get; }
}

public static class HitCounter
{
    public static long Bump(string path, bool hit)
    {
        using var file = MappedFile.Open(path, MapAccess.ReadWrite);
        var counters = file.Read<Counters>(0);
        ref long slot = ref hit ? ref counters.Hits : ref counters.Misses;
        var now = Interlocked.Increment(ref slot);
        _ = Volatile.Read(ref counters.Misses);
        return now;
    }
}
