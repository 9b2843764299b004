// expect: MMR100
using System;
using MmapRecords;
using Demo;

namespace Validation;

public sealed class BadVertexException(long index, Vertex vertex) : Exception($"vertex {index} is not finite")
{
    public long Index { get; } = index;
    public Vertex Vertex { get; } = vertex;
}

public static class Validator
{
    public static void Check(string path)
    {
        using var file = MappedFile.Open(path);
        var view = file.View<Vertex>();
        for (long i = 0; i < view.Count; i++)
        {
            var p = view[i].Position;
            if (!float.IsFinite(p.X) || !float.IsFinite(p.Y) || !float.IsFinite(p.Z))
            {
                throw new BadVertexException(i, view[i]); // BUG: the exception carries the vertex out of the using
            }
        }
    }
}
