// expect: MMR100 MMR101
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using MmapRecords;
using Demo;

namespace Corpus;

public static class ParallelScan
{
    public static int CountDark(string path)
    {
        var dark = new System.Collections.Concurrent.ConcurrentBag<Vertex>();
        using (var file = MappedFile.Open(path))
        {
            Parallel.ForEach(file.View<Vertex>(), v =>
            {
                if (v.Color.Red + v.Color.Green + v.Color.Blue < 30) dark.Add(v);
            });
        }
        return dark.Count(v => v.Color.Blue == 0);
    }
}
