// expect: none
using System;
using MmapRecords;
using Demo;

namespace Analysis;

public sealed class Extremes
{
    public float Lowest = float.PositiveInfinity;
    public float Highest = float.NegativeInfinity;
    public string LowestText = "";
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
                var y = v.Position.Y;
                if (y < stats.Lowest)
                {
                    stats.Lowest = y;
                    stats.LowestText = v.ToString();
                }

                stats.Highest = Math.Max(stats.Highest, y);
                stats.Seen++;
            }
        }

        Console.WriteLine($"{stats.Seen} vertices, lowest {stats.Lowest} ({stats.LowestText}), highest {stats.Highest}");
    }
}
