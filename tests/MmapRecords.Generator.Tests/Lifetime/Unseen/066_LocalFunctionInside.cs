// expect: none
using System;
using System.Collections.Generic;
using MmapRecords;
using Demo;

namespace Lookup;

public static class LookupFactory
{
    public static Func<long, float> HeightLookup(string path)
    {
        float[] heights;
        using (var file = MappedFile.Open(path))
        {
            var view = file.View<Vertex>();
            float Height(long i) => i < view.Count ? view[i].Position.Y : 0f;

            heights = new float[view.Count];
            for (long i = 0; i < heights.Length; i++)
            {
                heights[i] = Height(i);
            }
        }

        return i => i < heights.Length ? heights[i] : 0f;
    }
}
