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

public static class ParallelScan
{
    public static long CountDark(string path)
    {
        long dark = 0;
        using var file = MappedFile.Open(path);
        var view = file.View<Vertex>();
        Parallel.For(0, view.Count, i =>
        {
            var c = view[i].Color;
            if (c.Red + c.Green + c.Blue < 30) Interlocked.Increment(ref dark);
        });
        return dark;
    }
}
