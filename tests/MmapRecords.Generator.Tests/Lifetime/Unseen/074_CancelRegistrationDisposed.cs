// expect: none
using System;
using System.Threading;
using MmapRecords;
using Demo;

namespace Services;

public sealed class Scan
{
    public long Run(string path, CancellationToken token)
    {
        using var file = MappedFile.Open(path);
        var view = file.View<Vertex>();
        long done = 0;
        var total = view.Count;
        using var registration = token.Register(() => Console.WriteLine($"cancelled at {Volatile.Read(ref done)} of {total}"));
        for (; done < view.Count && !token.IsCancellationRequested; done++)
        {
            Process(view[done].Position.X);
        }

        return done;
    }

    private static void Process(float x) { }
}
