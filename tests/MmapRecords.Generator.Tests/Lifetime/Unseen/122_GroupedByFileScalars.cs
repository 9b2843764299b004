// expect: none
using System.Collections.Generic;
using MmapRecords;
using Demo;

namespace Batch;

public sealed class LayerMap
{
    private readonly Dictionary<int, List<(float X, float Y)>> _byLayer = new();

    public void Add(string path)
    {
        using var file = MappedFile.Open(path);
        foreach (var v in file.View<Vertex>(16))
        {
            var p = v.Position;
            var layer = (int)p.Z;
            if (!_byLayer.TryGetValue(layer, out var list))
            {
                list = new List<(float X, float Y)>();
                _byLayer[layer] = list;
            }

            list.Add((p.X, p.Y));
        }
    }
}
