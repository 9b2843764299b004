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

public static class Nearest
{
    public static long Index(string path, float x)
    {
        using var file = MappedFile.Open(path);
        var hit = file.View<Vertex>()
            .Select((v, i) => new { v, i })
            .OrderBy(p => Math.Abs(p.v.Position.X - x))
            .First();
        Console.WriteLine(hit.v);
        return hit.i;
    }
}
