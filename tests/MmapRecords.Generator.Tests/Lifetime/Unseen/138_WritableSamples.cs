// expect: MMR101
using System;
using MmapRecords;

namespace Audio;

[Record(Size = 20)]
public readonly partial struct Frame
{
    [Field(0)] public partial uint Sequence { get; }
    [Field(4, Length = 8)] public partial Span<short> Samples { get; }
}

public static class Normalizer
{
    public static void Silence(string path, long frame)
    {
        var file = MappedFile.Open(path, MapAccess.ReadWrite);
        Span<short> samples = file.View<Frame>()[frame].Samples;
        file.Flush();
        file.Dispose();
        samples.Fill(0); // BUG: writes through a span over the unmapped frame
    }
}
