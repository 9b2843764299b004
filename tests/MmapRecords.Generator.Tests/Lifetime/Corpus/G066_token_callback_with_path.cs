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

public static class Watcher
{
    public static long Watch(string path, CancellationToken token)
    {
        using var file = MappedFile.Open(path);
        var count = file.View<Vertex>().Count;
        using var registration = token.Register(() => Console.WriteLine($"cancelled reading {path}"));
        return count;
    }
}
