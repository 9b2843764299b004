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

public sealed class Selection
{
    public Vertex? Selected { get; private set; }

    public void Pick(string path, long index)
    {
        using var file = MappedFile.Open(path);
        var view = file.View<Vertex>();
        if (index >= 0 && index < view.Count)
            Selected = view[index];
    }
}
