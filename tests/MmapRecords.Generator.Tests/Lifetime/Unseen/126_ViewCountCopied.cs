// expect: none
using System;
using System.Collections.Generic;
using System.Linq;
using MmapRecords;
using Demo;

namespace Cli;

public static class CountCommand
{
    public static int Run(string path)
    {
        long count;
        int red = 0;
        Vertex[] reds;
        using (var file = MappedFile.Open(path))
        {
            var view = file.View<Vertex>(16);
            count = view.Count;
            reds = view.Where(v => v.Color.Red > 0).ToArray();
            foreach (var v in reds)
            {
                red += v.Color.Red > 1000 ? 2 : 1;
            }
        }

        Console.WriteLine($"{reds.Length} of {count} are red (weight {red})");
        return red;
    }
}
