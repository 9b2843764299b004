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

public static class Merge
{
    public static List<(Vector, Color)> Pairs(string a, string b)
    {
        var result = new List<(Vector, Color)>();
        using var positions = MappedFile.Open(a);
        using var colors = MappedFile.Open(b);
        var p = positions.View<Vector>();
        var c = colors.View<Color>();
        for (long i = 0; i < Math.Min(p.Count, c.Count); i++) result.Add((p[i].Detach(), c[i].Detach()));
        return result;
    }
}
