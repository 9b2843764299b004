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

public sealed class VertexFile : IDisposable
{
    private readonly MappedFile _file;
    public VertexFile(string path) => _file = MappedFile.Open(path);
    public RecordView<Vertex> Vertices => _file.View<Vertex>(16);
    public Header Header => _file.Read<Header>(0);
    public void Dispose() => _file.Dispose();
}
