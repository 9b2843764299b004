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

public sealed class Level : IDisposable
{
    private MappedFile? _file;
    private RecordView<Vertex> _geometry;

    public void Load(string path)
    {
        _file?.Dispose();
        _file = MappedFile.Open(path);
        _geometry = _file.View<Vertex>(16);
    }

    public long Size => _geometry.Count;
    public void Dispose() => _file?.Dispose();
}
