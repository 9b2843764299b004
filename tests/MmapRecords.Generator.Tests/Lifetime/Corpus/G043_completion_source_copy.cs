// expect: none
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using MmapRecords;
using Demo;

namespace Corpus;

public static class Signals
{
    public static Task<Vertex> FirstAsync(string path)
    {
        var done = new TaskCompletionSource<Vertex>();
        using var file = MappedFile.Open(path);
        done.SetResult(file.View<Vertex>()[0].Detach());
        return done.Task;
    }
}
