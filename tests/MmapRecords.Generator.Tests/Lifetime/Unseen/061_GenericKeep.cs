// expect: MMR100
using System;
using System.Collections.Generic;
using MmapRecords;
using Demo;

namespace Util;

public static class Pick
{
    public static T FirstMatch<T>(IEnumerable<T> items, Func<T, bool> predicate, T fallback)
    {
        foreach (var item in items)
        {
            if (predicate(item))
            {
                return item;
            }
        }

        return fallback;
    }

    public static Color FirstGreen(string path)
    {
        using var file = MappedFile.Open(path);
        return FirstMatch(file.View<Color>(), c => c.Green > c.Red, default); // BUG: the generic helper hands back a mapped color
    }
}
