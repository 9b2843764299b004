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

public static class Notifier
{
    public static async Task NotifyAllAsync(string path, Func<float, Task> notify)
    {
        using var file = MappedFile.Open(path);
        foreach (var v in file.View<Vertex>())
            await notify(v.Position.X);
    }
}
