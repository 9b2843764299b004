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

public sealed class Path3
{
    private readonly Stack<Vector> _points = new();

    public void Load(string path)
    {
        using var file = MappedFile.Open(path);
        foreach (var v in file.View<Vertex>()) _points.Push(v.Position);
    }
}
