// expect: MMR100 MMR101
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using MmapRecords;
using Demo;

namespace Corpus;

public static class Heights
{
    public static float Max(string path)
    {
        IEnumerable<float> heights;
        using (var file = MappedFile.Open(path))
        {
            heights = file.View<Vertex>().Select(v => v.Position.Y);
        }
        return heights.Max();
    }
}
