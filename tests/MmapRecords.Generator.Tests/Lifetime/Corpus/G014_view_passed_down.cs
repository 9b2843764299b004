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

public static class Printer
{
    public static void Print(string path)
    {
        using var file = MappedFile.Open(path);
        PrintAll(file.View<Vertex>(), Console.Out);
    }

    private static void PrintAll(RecordView<Vertex> view, TextWriter writer)
    {
        foreach (var v in view) writer.WriteLine(v);
    }
}
