// expect: MMR100 MMR101
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
        Vector origin;
        using (var file = MappedFile.Open(path))
        {
            origin = file.Read<Vertex>(16).Position;
        }
        Console.WriteLine($"{origin.X} {origin.Y} {origin.Z}");
    }
}
