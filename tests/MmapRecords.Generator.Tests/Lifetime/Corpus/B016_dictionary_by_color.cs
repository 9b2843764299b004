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

public sealed class ColorIndex
{
    private readonly Dictionary<ushort, List<Vertex>> _byRed = new();

    public void Build(string path)
    {
        using var file = MappedFile.Open(path);
        foreach (var v in file.View<Vertex>())
        {
            if (!_byRed.TryGetValue(v.Color.Red, out var list))
                _byRed[v.Color.Red] = list = new List<Vertex>();
            list.Add(v);
        }
    }
}
