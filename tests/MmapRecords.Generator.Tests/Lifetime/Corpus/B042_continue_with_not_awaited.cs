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

public static class Chains
{
    public static void Then(string path, Task loaded)
    {
        using var file = MappedFile.Open(path);
        var view = file.View<Vertex>();
        loaded.ContinueWith(_ => Console.WriteLine(view.Count));
    }
}
