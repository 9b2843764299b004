// expect: none
using System;
using System.Linq;
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
        int[] values = file.View<Sample>()[index].Values.ToArray();
        int first = file.View<Sample>()[index].Values[0];
        file.Dispose();

        return Math.Max(first, values.Max());
    }

    public static int Sum(string path)
    {
        using var file = MappedFile.Open(path);
        int sum = 0;
        foreach (var sample in file.View<Sample>())
        {
            foreach (var v in sample.Values)
            {
                sum += v;
            }
        }

        return sum;
    }
}
