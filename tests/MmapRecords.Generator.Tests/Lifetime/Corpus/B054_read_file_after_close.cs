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

public static class Twice
{
    public static long Run(string path)
    {
        var file = MappedFile.Open(path);
        var n = file.View<Vertex>().Count;
        file.Dispose();
        return n + file.Read<Header>(0).Count;
    }
}
