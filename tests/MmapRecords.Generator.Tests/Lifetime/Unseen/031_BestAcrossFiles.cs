// expect: MMR100 MMR101
using System.Collections.Generic;
using MmapRecords;
using Demo;

namespace Batch;

public static class TallestFinder
{
    public static float TallestAcross(IEnumerable<string> paths)
    {
        Vertex tallest = default;
        bool any = false;
        foreach (var path in paths)
        {
            using var file = MappedFile.Open(path);
            foreach (var v in file.View<Vertex>())
            {
                if (!any || v.Position.Y > tallest.Position.Y)
                {
                    tallest = v; // BUG: tallest is compared against after its file is disposed at the end of the iteration
                    any = true;
                }
            }
        }

        return any ? tallest.Position.Y : float.NaN;
    }
}
