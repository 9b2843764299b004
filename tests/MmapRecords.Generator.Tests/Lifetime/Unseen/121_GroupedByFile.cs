// expect: MMR100
using System.Collections.Generic;
using MmapRecords;
using Demo;

namespace Batch;

public sealed class LayerMap
{
    private readonly Dictionary<int, List<Vector>> _byLayer = new();

    public void Add(string path)
    {
        using var file = MappedFile.Open(path);
        foreach (var v in file.View<Vertex>(16))
        {
            var layer = (int)v.Position.Z;
            if (!_byLayer.TryGetValue(layer, out var list))
            {
                list = new List<Vector>();
                _byLayer[layer] = list;
            }

            list.Add(v.Position); // BUG: the nested position lands in a list owned by the field
        }
    }
}
