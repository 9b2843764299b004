// expect: MMR101
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using MmapRecords;
using Demo;

namespace Corpus;

public static class Batches
{
    public static void Run(string path, int batches)
    {
        var file = MappedFile.Open(path);
        var view = file.View<Vertex>();
        for (var b = 0; b < batches; b++)
        {
            Console.WriteLine(view[b].Position.X);
            if (b == batches - 2) file.Dispose();
        }
    }
}
