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

public sealed class WorkQueue
{
    private readonly Queue<Vertex> _pending = new();

    public void Enqueue(string path)
    {
        using var file = MappedFile.Open(path);
        foreach (var v in file.View<Vertex>())
            if (v.Color.Green == 0) _pending.Enqueue(v);
    }
}
