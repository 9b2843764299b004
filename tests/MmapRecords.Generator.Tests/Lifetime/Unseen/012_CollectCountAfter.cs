// expect: none
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
                    selected.Add(v);
                }
            }

            foreach (var v in selected)
            {
                Console.WriteLine($"{v.Position.X} {v.Position.Y} {v.Position.Z}");
            }
        }

        Console.Error.WriteLine($"{selected.Count} vertices below the plane");
        return selected.Count == 0 ? 1 : 0;
    }
}
