// expect: none
using System;
using System.Collections.Generic;
using MmapRecords;
using Demo;

namespace Util;

public static class Pick
{
    public static TResult FirstMatch<T, TResult>(IEnumerable<T> items, Func<T, bool> predicate, Func<T, TResult> project, TResult fallback)
    {
        foreach (var item in items)
        {
            if (predicate(item))
            {
                return project(item);
            }
        }

        return fallback;
    }

    public static T Max<T>(RecordView<T> view, Func<T, float> key) where T : struct, IRecord<T>
    {
        var best = view[0];
        foreach (var item in view)
        {
            if (key(item) > key(best))
            {
                best = item;
            }
        }

        return best;
    }

    public static ushort FirstGreen(string path)
    {
        using var file = MappedFile.Open(path);
        var brightest = Max(file.View<Color>(), c => c.Green);
        Console.WriteLine(brightest);
        return FirstMatch(file.View<Color>(), c => c.Green > c.Red, c => c.Green, (ushort)0);
    }
}
