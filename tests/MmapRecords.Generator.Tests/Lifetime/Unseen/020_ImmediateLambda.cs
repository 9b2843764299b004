// expect: none
using System;
using System.Collections.Generic;
using MmapRecords;
using Demo;

namespace Ui;

public sealed class SelectionPanel
{
    private float _selectedX;

    public void Select(string path, long index, Func<Vertex, float>? project = null)
    {
        using var file = MappedFile.Open(path);
        var vertex = file.View<Vertex>()[index];
        Func<float> read = () => vertex.Position.X;
        project ??= v => v.Position.X + v.Position.Y;
        _selectedX = read() + project(vertex);
        var probes = new List<Func<Vertex, bool>> { v => v.Color.Red > 0, v => v.Color.Blue > 0 };
        foreach (var probe in probes)
        {
            if (probe(vertex))
            {
                _selectedX += 1;
            }
        }
    }

    public string Label() => _selectedX.ToString("F2");
}
