// expect: MMR100
using System.Collections.Generic;
using MmapRecords;
using Demo;

namespace Pipeline;

public static class Enumerate
{
    public static IEnumerable<(long Index, Color Color)> Colors(string path)
    {
        using var file = MappedFile.Open(path);
        long i = 0;
        foreach (var vertex in file.View<Vertex>(16))
        {
            yield return (i++, vertex.Color); // BUG: the yielded tuple carries a nested color of the mapping
        }
    }
}
