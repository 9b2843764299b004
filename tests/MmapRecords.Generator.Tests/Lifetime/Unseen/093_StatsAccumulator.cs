// expect: MMR100 MMR101
using System;
using MmapRecords;
using Demo;

namespace Analysis;

public sealed class Extremes
{
    public Vertex Lowest;
    public Vertex Highest;
    public int Seen;
}

public static class ExtremesCommand
{
    public static void Run(string path)
    {
        var stats = new Extremes();
        using (var file = MappedFile.Open(path))
        {
            foreach (var v in file.View<Vertex>())
            {
                if (stats.Seen == 0 || v.Position.Y < stats.Lowest.Position.Y) stats.Lowest = v; // BUG: stats outlives the file and is printed after it
                if (stats.Seen == 0 || v.Position.Y > stats.Highest.Position.Y) stats.Highest = v;
                stats.Seen++;
            }
        }

        Console.WriteLine($"{stats.Seen} vertices, lowest {stats.Lowest}, highest {stats.Highest}");
    }
}
