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

public struct Span2
{
    public float Min;
    public float Max;
}

public static class Ranges
{
    public static Span2 Of(string path)
    {
        using var file = MappedFile.Open(path);
        var view = file.View<Vertex>();
        var range = new Span2 { Min = float.MaxValue, Max = float.MinValue };
        foreach (var v in view)
        {
            range.Min = Math.Min(range.Min, v.Position.X);
            range.Max = Math.Max(range.Max, v.Position.X);
        }
        return range;
    }
}
