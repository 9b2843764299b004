// expect: MMR100
using System.Collections.Generic;
using MmapRecords;
using Demo;

namespace Rendering;

public sealed class DistinctColorCounter
{
    private readonly HashSet<Color> _seen = new();

    public int Feed(string meshPath)
    {
        using var mesh = MappedFile.Open(meshPath);
        int added = 0;
        foreach (var vertex in mesh.View<Vertex>())
        {
            if (_seen.Add(vertex.Color)) // BUG: the set keeps nested colors of the mesh mapping
            {
                added++;
            }
        }

        return added;
    }

    public int Distinct => _seen.Count;
}
