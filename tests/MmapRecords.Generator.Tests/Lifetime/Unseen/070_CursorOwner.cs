// expect: none
using System;
using MmapRecords;
using Demo;

namespace Editor;

/// <summary>Keeps the file open for as long as the cursor lives.</summary>
public sealed class Cursor : IDisposable
{
    private readonly MappedFile _file;
    private readonly RecordView<Vertex> _vertices;

    public Cursor(string path)
    {
        var file = MappedFile.Open(path);
        try
        {
            _vertices = file.View<Vertex>();
            _file = file;
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    public Vertex Current { get; private set; }
    public long Index { get; private set; }

    public void MoveTo(long index)
    {
        Index = index;
        Current = _vertices[index];
    }

    public void Dispose() => _file.Dispose();
}
