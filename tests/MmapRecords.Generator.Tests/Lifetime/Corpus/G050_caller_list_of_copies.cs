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

public static class Collector
{
    public static void CollectRed(string path, ICollection<Vertex> into)
    {
        using var file = MappedFile.Open(path);
        foreach (var v in file.View<Vertex>())
            if (v.Color.Red > 128) into.Add(v.Detach());
    }
}
