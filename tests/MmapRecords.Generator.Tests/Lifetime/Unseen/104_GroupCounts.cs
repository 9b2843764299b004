// expect: none
using System.Collections.Generic;
using System.Linq;
using MmapRecords;
using Demo;

namespace Palette;

public readonly record struct Tagged(string Name, Color Color);

public static class Swatches
{
    public static Dictionary<ushort, int> CountByRed(string path)
    {
        using var file = MappedFile.Open(path);
        return file.View<Color>()
            .GroupBy(c => c.Red)
            .ToDictionary(g => g.Key, g => g.Count());
    }

    public static Tagged Background(string path)
    {
        using var file = MappedFile.Open(path);
        var colors = file.View<Color>();
        return new Tagged("background", colors[0].Detach());
    }

    public static int Distinct(string path)
    {
        List<Color> all;
        using (var file = MappedFile.Open(path))
        {
            all = file.View<Color>().ToList();
            all = all.Distinct().ToList();
            System.Console.WriteLine(string.Join(", ", all));
        }

        return all.Count;
    }
}
