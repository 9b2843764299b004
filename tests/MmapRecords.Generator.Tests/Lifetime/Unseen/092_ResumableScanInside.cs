// expect: none
using System;
using MmapRecords;
using Demo;

namespace Cli;

public static class PagedList
{
    public static int Run(string path, int pageSize, Func<bool> more)
    {
        int shown = 0;
        using (var file = MappedFile.Open(path))
        {
            var cursor = file.View<Vertex>().GetEnumerator();
            while (cursor.MoveNext())
            {
                Console.WriteLine(cursor.Current);
                if (++shown % pageSize == 0 && !more())
                {
                    break;
                }
            }
        }

        return shown;
    }
}
