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

public static class Log
{
    private static readonly List<string> s_lines = new();
    public static void Note(object value) => s_lines.Add($"{DateTime.UtcNow:O} {value}");
}

public static class Opener
{
    public static void Open(string path)
    {
        using var file = MappedFile.Open(path);
        var view = file.View<Vertex>();
        Log.Note(view[0]);
        Console.WriteLine(view.Count);
    }
}
