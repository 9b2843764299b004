// expect: MMR100
using System.Collections.Generic;
using System.Linq;
using MmapRecords;
using Demo;

namespace Loading;

public static class SafeLoader
{
    /// <summary>Copies every vertex so the caller can keep them.</summary>
    public static IEnumerable<Vertex> LoadAll(string path)
    {
        using var file = MappedFile.Open(path);
        return file.View<Vertex>().Select(v => v.Detach()); // BUG: the copies are only made when the caller enumerates, after the dispose
    }
}
