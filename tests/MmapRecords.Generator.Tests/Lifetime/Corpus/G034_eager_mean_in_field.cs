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

public sealed class EagerStats
{
    private double _mean;

    public void Load(string path)
    {
        using var file = MappedFile.Open(path);
        _mean = file.View<Vertex>().Average(v => v.Position.Z);
    }

    public double Mean => _mean;
}
