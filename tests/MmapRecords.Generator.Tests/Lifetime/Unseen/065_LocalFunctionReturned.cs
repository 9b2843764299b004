// expect: MMR100
using System;
using MmapRecords;
using Demo;

namespace Lookup;

public static class LookupFactory
{
    public static Func<long, float> HeightLookup(string path)
    {
        using var file = MappedFile.Open(path);
        var view = file.View<Vertex>();

        float Height(long i) => i < view.Count ? view[i].Position.Y : 0f;

        return Height; // BUG: the returned delegate reads the view after the file is disposed
    }
}
