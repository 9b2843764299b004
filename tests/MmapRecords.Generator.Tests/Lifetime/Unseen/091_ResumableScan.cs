// expect: MMR101 MMR100
using System;
using MmapRecords;
using Demo;

namespace Cli;

public static class PagedList
{
    public static void Run(string path, int pageSize)
    {
        RecordView<Vertex>.Enumerator cursor;
        using (var file = MappedFile.Open(path))
        {
            cursor = file.View<Vertex>().GetEnumerator();
            for (int i = 0; i < pageSize && cursor.MoveNext(); i++)
            {
                Console.WriteLine(cursor.Current);
            }
        }

        Console.WriteLine("-- more --");
        while (cursor.MoveNext()) // BUG: the enumerator walks the view of the disposed file
        {
            Console.WriteLine(cursor.Current);
        }
    }
}
