// expect: none
using System;
using System.Linq;
using MmapRecords;
using Demo;

namespace Analysis;

public static class LastBlue
{
    public static string Find(string path)
    {
        string text = "";
        using (var file = MappedFile.Open(path))
        {
            Color last = default;
            var colors = file.View<Color>().ToList();
            colors.ForEach(c =>
            {
                if (c.Blue > c.Red)
                {
                    last = c;
                }
            });
            text = last == default ? "none" : $"{last.Red},{last.Green},{last.Blue}";
        }

        return text;
    }
}
