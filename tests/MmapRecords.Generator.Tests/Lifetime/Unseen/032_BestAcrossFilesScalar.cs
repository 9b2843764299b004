// expect: none
using System.Collections.Generic;
using MmapRecords;
using Demo;

namespace Batch;

public static class TallestFinder
{
    public static (string? Path, Vertex Vertex) TallestAcross(IEnumerable<string> paths)
    {
        Vertex tallest = default;
        float best = float.NegativeInfinity;
        string? where = null;
        foreach (var path in paths)
        {
            using var file = MappedFile.Open(path);
            foreach (var v in file.View<Vertex>())
            {
                if (v.Position.Y > best)
                {
                    best = v.Position.Y;
                    tallest = v.Detach();
                    where = path;
                }
            }
        }

        return (where, tallest);
    }
}
