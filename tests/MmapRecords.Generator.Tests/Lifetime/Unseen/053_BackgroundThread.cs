// expect: MMR100
using System;
using System.Threading;
using MmapRecords;
using Demo;

namespace Workers;

public static class Exporter
{
    public static void Export(string path, Action<float> sink)
    {
        using var file = MappedFile.Open(path);
        var view = file.View<Vertex>();
        var worker = new Thread(() =>
        {
            foreach (var v in view)
            {
                sink(v.Position.X);
            }
        });
        worker.IsBackground = true;
        worker.Start(); // BUG: the thread is never joined, it can read the view after the file is disposed
        Console.WriteLine($"exporting {view.Count} vertices");
    }
}
