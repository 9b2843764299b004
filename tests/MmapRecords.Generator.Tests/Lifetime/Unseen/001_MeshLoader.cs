// expect: MMR100
using System;
using MmapRecords;
using Demo;

namespace Tools.Mesh;

public static class MeshLoader
{
    /// <summary>Returns the vertex that is furthest up the Y axis.</summary>
    public static Vertex Highest(string path)
    {
        using var mesh = MappedFile.Open(path);
        var vertices = mesh.View<Vertex>(16);
        var best = vertices[0];
        for (long i = 1; i < vertices.Count; i++)
        {
            if (vertices[i].Position.Y > best.Position.Y)
            {
                best = vertices[i];
            }
        }

        return best; // BUG: the vertex points into the mesh mapping that the using disposes
    }
}
