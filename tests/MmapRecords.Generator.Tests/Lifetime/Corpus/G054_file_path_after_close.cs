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

public static class Twice
{
    public static string Run(string path)
    {
        var file = MappedFile.Open(path);
        var n = file.View<Vertex>().Count;
        file.Dispose();
        return $"{file.Path}: {n} vertices, {file.Length} bytes, disposed={file.IsDisposed}";
    }
}
