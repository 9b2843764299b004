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

public static class Notifier
{
    public static void NotifyAll(string path, Func<float, Task> notify)
    {
        using var file = MappedFile.Open(path);
        var vertices = file.View<Vertex>().ToList();
        vertices.ForEach(async v => { await Task.Yield(); await notify(v.Position.X); });
    }
}
