// expect: MMR101 MMR100
using System;
using System.Linq;
using MmapRecords;
using Demo;

namespace Reports;

public static class ColorReport
{
    public static void Print(string path)
    {
        var file = MappedFile.Open(path);
        var rows = file.View<Vertex>()
            .Select((v, i) => new { Index = i, v.Color })
            .Where(r => r.Color.Red > 0)
            .ToList();
        file.Dispose();

        foreach (var row in rows) // BUG: each row holds a color of the disposed file
        {
            Console.WriteLine($"{row.Index}: {row.Color.Red}");
        }
    }
}
