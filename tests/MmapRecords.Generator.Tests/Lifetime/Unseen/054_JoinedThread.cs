// expect: none
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
        worker.Start();
        Console.WriteLine($"exporting {view.Count} vertices");
        worker.Join();
    }
}
