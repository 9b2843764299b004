// expect: MMR101
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
        RecordView<Vertex> view;
        try { view = file.View<Vertex>(); }
        finally { file.Dispose(); }
        return view.Average(v => v.Position.X);
    }
}
