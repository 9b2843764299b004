// expect: MMR101
using System;
using MmapRecords;

namespace Telemetry;

[Record(Size = 20)]
public readonly partial struct Sample
{
    [Field(0)] public partial uint Id { get; }
    [Field(4, Length = 4)] public partial ReadOnlySpan<int> Values { get; }
}

public static class SampleReader
{
    public static int Peak(string path, long index)
    {
        var file = MappedFile.Open(path);
        ReadOnlySpan<int> values = file.View<Sample>()[index].Values;
        file.Dispose();

        int peak = int.MinValue;
        foreach (var value in values) // BUG: the span field points into the disposed mapping
        {
            peak = Math.Max(peak, value);
        }

        return peak;
    }
}
