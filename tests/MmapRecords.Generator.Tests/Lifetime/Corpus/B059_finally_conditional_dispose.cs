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

public static class Guarded
{
    public static void Show(string path)
    {
        MappedFile? file = null;
        Vertex first;
        try
        {
            file = MappedFile.Open(path);
            first = file.Read<Vertex>(0);
        }
        finally
        {
            file?.Dispose();
        }
        Console.WriteLine(first.Position.X);
    }
}
