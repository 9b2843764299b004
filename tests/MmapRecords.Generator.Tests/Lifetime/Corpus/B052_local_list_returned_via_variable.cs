// expect: MMR100
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using MmapRecords;
using Demo;

namespace Corpus;

public static class Gather
{
    public static IReadOnlyList<Vertex> Top(string path, int n)
    {
        using var file = MappedFile.Open(path);
        var top = file.View<Vertex>().OrderByDescending(v => v.Color.Red).Take(n).ToList();
        IReadOnlyList<Vertex> result = top;
        return result;
    }
}
