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

public static class Extremes
{
    public static (float Min, float Max) Find(string path)
    {
        using var file = MappedFile.Open(path);
        var view = file.View<Vertex>();
        float min = float.MaxValue, max = float.MinValue;
        foreach (var v in view)
        {
            min = Math.Min(min, v.Position.X);
            max = Math.Max(max, v.Position.X);
        }
        return (min, max);
    }
}
