// expect: MMR101 MMR100
using System;
using MmapRecords;
using Demo;

namespace Cli;

public static class CountCommand
{
    public static int Run(string path)
    {
        RecordView<Vertex> view;
        int red = 0;
        using (var file = MappedFile.Open(path))
        {
            view = file.View<Vertex>(16);
            foreach (var v in view)
            {
                if (v.Color.Red > 0) red++;
            }
        }

        Console.WriteLine($"{red} of {view.Count} are red"); // BUG: a view's Count reads the disposed file
        return red;
    }
}
