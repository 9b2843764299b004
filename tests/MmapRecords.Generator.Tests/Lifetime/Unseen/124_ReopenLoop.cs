// expect: none
using System;
using System.Collections.Generic;
using MmapRecords;
using Demo;

namespace Batch;

public static class Rollover
{
    public static long TotalCount(IReadOnlyList<string> segments)
    {
        long total = 0;
        var file = MappedFile.Open(segments[0]);
        var header = file.Read<Header>(0);
        for (int i = 1; ; i++)
        {
            total += header.Count;
            file.Dispose();
            if (i == segments.Count)
            {
                break;
            }

            file = MappedFile.Open(segments[i]);
            header = file.Read<Header>(0);
        }

        return total;
    }
}
