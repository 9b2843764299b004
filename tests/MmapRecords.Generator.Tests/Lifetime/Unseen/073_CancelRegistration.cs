// expect: MMR100
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
        token.Register(() => Console.WriteLine($"cancelled at {done} of {view.Count}, last {view[done]}")); // BUG: the callback can fire after the file is disposed
        for (; done < view.Count && !token.IsCancellationRequested; done++)
        {
            Process(view[done].Position.X);
        }

        return done;
    }

    private static void Process(float x) { }
}
