// expect: none
using System.Collections.Generic;
using System.Linq;
using MmapRecords;
using Demo;

namespace Queries;

public static class BrightQuery
{
    public static IReadOnlyList<float> BrightXs(string path, ushort threshold)
    {
        using var file = MappedFile.Open(path);
        return file.View<Vertex>()
            .Where(v => v.Color.Red + v.Color.Green + v.Color.Blue > threshold)
            .Select(v => v.Position.X)
            .ToList();
    }

    public static float[] SortedZs(string path)
    {
        using var file = MappedFile.Open(path);
        return file.View<Vertex>().Select(v => v.Position.Z).OrderBy(z => z).ToArray();
    }
}
