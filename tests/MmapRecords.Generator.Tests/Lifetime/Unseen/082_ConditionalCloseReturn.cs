// expect: none
using System;
using MmapRecords;
using Demo;

namespace Cli;

public static class TailCommand
{
    public static void Run(string path, bool quick)
    {
        var file = MappedFile.Open(path);
        var header = file.Read<Header>(0);
        if (quick || header.Count == 0)
        {
            Console.WriteLine($"{header.Count} records");
            file.Dispose();
            return;
        }

        var view = file.View<Vertex>(16, header.Count);
        try
        {
            Console.WriteLine(view[view.Count - 1]);
        }
        catch
        {
            file.Dispose();
            throw;
        }

        Console.WriteLine(view[0]);
        file.Dispose();
    }
}
