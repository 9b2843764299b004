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

public static class MeshLoader
{
    public static Vertex LoadFirst(string meshPath)
    {
        using var mesh = MappedFile.Open(meshPath);
        var vertices = mesh.View<Vertex>(16);
        if (vertices.Count == 0) throw new InvalidDataException("empty mesh");
        return vertices[0].Detach();
    }
}
