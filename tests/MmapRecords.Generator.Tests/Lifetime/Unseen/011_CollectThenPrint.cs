// expect: MMR100 MMR101
using System;
using System.Collections.Generic;
using MmapRecords;
using Demo;

namespace Cli;

public static class DumpCommand
{
    public static int Run(string[] args)
    {
        var selected = new List<Vertex>();
        using (var file = MappedFile.Open(args[0]))
        {
            foreach (var v in file.View<Vertex>())
            {
                if (v.Position.Z < 0)
                {
                    selected.Add(v); // BUG: the list keeps mapped vertices past the using
                }
            }
        }

        foreach (var v in selected)
        {
            Console.WriteLine($"{v.Position.X} {v.Position.Y} {v.Position.Z}");
        }

        return selected.Count == 0 ? 1 : 0;
    }
}
