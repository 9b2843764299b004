// expect: MMR100
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
    public static (Vertex Min, Vertex Max) Find(string path)
    {
        using var file = MappedFile.Open(path);
        var view = file.View<Vertex>();
        Vertex min = view[0], max = view[0];
        foreach (var v in view)
        {
            if (v.Position.X < min.Position.X) min = v;
            if (v.Position.X > max.Position.X) max = v;
        }
        return (min, max);
    }
}
