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

public static class Sum
{
    public static double Total(string path)
    {
        using var file = MappedFile.Open(path);
        double total = 0;
        foreach (var v in file.View<Vertex>()) total += v.Position.X + v.Position.Y + v.Position.Z;
        return total;
    }
}
