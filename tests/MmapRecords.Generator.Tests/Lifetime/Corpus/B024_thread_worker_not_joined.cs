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

public static class Workers
{
    public static void Scan(string path)
    {
        using var file = MappedFile.Open(path);
        var view = file.View<Vertex>();
        var thread = new Thread(() =>
        {
            foreach (var v in view) Console.WriteLine(v.Color.Blue);
        });
        thread.IsBackground = true;
        thread.Start();
    }
}
