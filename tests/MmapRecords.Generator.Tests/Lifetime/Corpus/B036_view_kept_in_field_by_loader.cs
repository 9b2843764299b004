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

public sealed class Level
{
    private RecordView<Vertex> _geometry;

    public void Load(string path)
    {
        using var file = MappedFile.Open(path);
        _geometry = file.View<Vertex>(16);
    }

    public long Size => _geometry.Count;
}
