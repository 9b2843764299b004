// expect: MMR101
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
        var view = file.View<Vertex>(16, header.Count);
        if (quick)
        {
            file.Dispose();
        }

        Console.WriteLine(view[view.Count - 1]); // BUG: on the quick path the file is already disposed
        if (!quick)
        {
            file.Dispose();
        }
    }
}
