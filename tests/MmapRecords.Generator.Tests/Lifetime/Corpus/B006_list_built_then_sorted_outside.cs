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

public static class Sorter
{
    public static void PrintSorted(string path)
    {
        var items = new List<Vertex>();
        using (var file = MappedFile.Open(path))
        {
            foreach (var v in file.View<Vertex>())
                items.Add(v);
        }
        items.Sort((a, b) => a.Position.X.CompareTo(b.Position.X));
        foreach (var v in items) Console.WriteLine(v);
    }
}
