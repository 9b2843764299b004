// expect: none
using System.Collections.Generic;
using MmapRecords;
using Demo;

namespace Rendering;

public sealed class DistinctColorCounter
{
    private readonly HashSet<Color> _known = new();
    private readonly HashSet<(ushort, ushort, ushort)> _seen = new();

    public void Learn(Color c) => _known.Add(c.Detach());

    public (int Added, int Known) Feed(string meshPath)
    {
        using var mesh = MappedFile.Open(meshPath);
        int added = 0, known = 0;
        foreach (var vertex in mesh.View<Vertex>())
        {
            var c = vertex.Color;
            if (_known.Contains(c))
            {
                known++;
            }

            if (_seen.Add((c.Red, c.Green, c.Blue)))
            {
                added++;
            }
        }

        return (added, known);
    }
}
