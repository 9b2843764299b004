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

public static class Ends
{
    public static Vertex Last(string path)
    {
        using var file = MappedFile.Open(path);
        var view = file.View<Vertex>();
        var (first, last) = (view[0], view[view.Count - 1]);
        Console.WriteLine(first.Position.X);
        return last;
    }
}
