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

public static class Watcher
{
    public static void Watch(string path, CancellationToken token)
    {
        using var file = MappedFile.Open(path);
        var view = file.View<Vertex>();
        token.Register(() => Console.WriteLine($"cancelled at {view.Count}"));
    }
}
