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

public static class Guarded
{
    public static void Show(string path)
    {
        MappedFile? file = null;
        float x;
        try
        {
            file = MappedFile.Open(path);
            x = file.Read<Vertex>(0).Position.X;
        }
        finally
        {
            file?.Dispose();
        }
        Console.WriteLine(x);
    }
}
