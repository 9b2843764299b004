// expect: none
using System.Collections.Generic;
using MmapRecords;
using Demo;

namespace Pipeline;

public static class Enumerate
{
    public static IEnumerable<(long Index, ushort Red, ushort Green, ushort Blue)> Colors(string path)
    {
        using var file = MappedFile.Open(path);
        long i = 0;
        foreach (var vertex in file.View<Vertex>(16))
        {
            var c = vertex.Color;
            yield return (i++, c.Red, c.Green, c.Blue);
        }
    }

    public static IEnumerable<Color> Copies(string path)
    {
        using var file = MappedFile.Open(path);
        foreach (var vertex in file.View<Vertex>(16))
        {
            yield return vertex.Color.Detach();
        }
    }
}
