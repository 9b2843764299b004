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

public static class Stats
{
    public static double Average(string path)
    {
        var file = MappedFile.Open(path);
        try { return file.View<Vertex>().Average(v => v.Position.X); }
        finally { file.Dispose(); }
    }
}
