// expect: MMR100
using System.Collections.Generic;
using MmapRecords;
using Demo;

namespace Loading;

public static class Merger
{
    public static void AppendAll(string path, List<Vertex> into)
    {
        using var file = MappedFile.Open(path);
        into.AddRange(file.View<Vertex>(16)); // BUG: the caller's list keeps vertices of a file disposed on return
    }
}
