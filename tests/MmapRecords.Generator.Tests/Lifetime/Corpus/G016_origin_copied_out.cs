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

public static class Centroid
{
    public static void Print(string path)
    {
        float x, y, z;
        using (var file = MappedFile.Open(path))
        {
            var origin = file.Read<Vertex>(16).Position;
            (x, y, z) = (origin.X, origin.Y, origin.Z);
        }
        Console.WriteLine($"{x} {y} {z}");
    }
}
