// expect: none
using System;
using MmapRecords;
using Demo;

namespace Tools.Mesh;

public readonly record struct Bounds(float MinY, float MaxY, long Count);

public static class MeshStats
{
    public static Bounds Measure(string path)
    {
        using var mesh = MappedFile.Open(path);
        var vertices = mesh.View<Vertex>(16);
        float min = float.MaxValue, max = float.MinValue;
        foreach (var v in vertices)
        {
            var y = v.Position.Y;
            min = Math.Min(min, y);
            max = Math.Max(max, y);
        }

        return new Bounds(min, max, vertices.Count);
    }
}
