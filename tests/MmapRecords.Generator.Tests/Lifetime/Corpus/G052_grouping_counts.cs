// expect: none
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using MmapRecords;
using Demo;

namespace Corpus;

public static class Histogram
{
    public static Dictionary<ushort, int> ByRed(string path)
    {
        using var file = MappedFile.Open(path);
        return file.View<Vertex>().GroupBy(v => v.Color.Red).ToDictionary(g => g.Key, g => g.Count());
    }
}
