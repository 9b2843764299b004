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

public static class Hits
{
    public static int Count(string path)
    {
        List<Vertex> hits;
        using (var file = MappedFile.Open(path))
        {
            hits = file.View<Vertex>().Where(v => v.Color.Blue > 10).ToList();
            Console.WriteLine(hits.Sum(h => h.Position.X));
        }
        return hits.Count;
    }
}
