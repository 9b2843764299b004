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

public sealed class LazyStats
{
    private Lazy<double>? _mean;

    public void Load(string path)
    {
        using var file = MappedFile.Open(path);
        var view = file.View<Vertex>();
        _mean = new Lazy<double>(() => view.Average(v => v.Position.Z));
    }

    public double Mean => _mean?.Value ?? double.NaN;
}
