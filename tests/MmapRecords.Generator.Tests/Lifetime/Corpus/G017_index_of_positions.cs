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

public sealed class ColorIndex
{
    private readonly Dictionary<ushort, List<long>> _byRed = new();

    public void Build(string path)
    {
        using var file = MappedFile.Open(path);
        var view = file.View<Vertex>();
        for (long i = 0; i < view.Count; i++)
        {
            var red = view[i].Color.Red;
            if (!_byRed.TryGetValue(red, out var list))
                _byRed[red] = list = new List<long>();
            list.Add(i);
        }
    }
}
