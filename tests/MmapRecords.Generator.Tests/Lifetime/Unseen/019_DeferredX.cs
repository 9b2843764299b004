// expect: MMR100
using System;
using MmapRecords;
using Demo;

namespace Ui;

public sealed class SelectionPanel
{
    private Func<float>? _selectedX;

    public void Select(string path, long index)
    {
        using var file = MappedFile.Open(path);
        var vertex = file.View<Vertex>()[index];
        _selectedX = () => vertex.Position.X; // BUG: the stored lambda reads the vertex after the file is gone
    }

    public string Label() => _selectedX is null ? "-" : _selectedX().ToString("F2");
}
