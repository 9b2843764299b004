// expect: none
using System;
using MmapRecords;
using Demo;

namespace Validation;

public sealed class BadVertexException(long index, string text) : Exception($"vertex {index} is not finite: {text}")
{
    public long Index { get; } = index;
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
                throw new BadVertexException(i, view[i].ToString());
            }
        }
    }
}
