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

public static class ViewRegistry
{
    private static readonly List<object> s_open = new();
    public static void Track(object view) => s_open.Add(view);
}

public static class Opener
{
    public static void Open(string path)
    {
        using var file = MappedFile.Open(path);
        var view = file.View<Vertex>();
        ViewRegistry.Track(view);
        Console.WriteLine(view.Count);
    }
}
