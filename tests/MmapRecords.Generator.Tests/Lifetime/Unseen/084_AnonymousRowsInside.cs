// expect: none
using System;
using System.Linq;
using MmapRecords;
using Demo;

namespace Reports;

public static class ColorReport
{
    public static int Print(string path)
    {
        int printed;
        using (var file = MappedFile.Open(path))
        {
            var rows = file.View<Vertex>()
                .Select((v, i) => new { Index = i, v.Color })
                .Where(r => r.Color.Red > 0)
                .ToList();
            foreach (var row in rows)
            {
                Console.WriteLine($"{row.Index}: {row.Color.Red}");
            }

            printed = rows.Count;
        }

        return printed;
    }
}
