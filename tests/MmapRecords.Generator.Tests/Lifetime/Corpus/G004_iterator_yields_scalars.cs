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

public static class Streams
{
    public static IEnumerable<float> Xs(string path)
    {
        using var file = MappedFile.Open(path);
        foreach (var v in file.View<Vertex>())
            yield return v.Position.X;
    }
}
