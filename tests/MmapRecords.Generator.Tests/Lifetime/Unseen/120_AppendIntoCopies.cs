// expect: none
using System.Collections.Generic;
using System.Linq;
using MmapRecords;
using Demo;

namespace Loading;

public static class Merger
{
    public static void AppendAll(string path, List<Vertex> into, List<float> heights)
    {
        using var file = MappedFile.Open(path);
        into.AddRange(file.View<Vertex>(16).Select(v => v.Detach()));
        heights.AddRange(file.View<Vertex>(16).Select(v => v.Position.Y));
    }
}
