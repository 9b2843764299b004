// expect: MMR100 MMR101
using System;
using System.Linq;
using MmapRecords;
using Demo;

namespace Analysis;

public static class LastBlue
{
    public static string Find(string path)
    {
        Color last = default;
        using (var file = MappedFile.Open(path))
        {
            var colors = file.View<Color>().ToList();
            colors.ForEach(c =>
            {
                if (c.Blue > c.Red)
                {
                    last = c; // BUG: the captured outer local is read after the file is disposed
                }
            });
        }

        return $"{last.Red},{last.Green},{last.Blue}";
    }
}
