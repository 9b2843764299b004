// expect: none
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using MmapRecords;
using Demo;

namespace Corpus;

public static class Retry
{
    public static long Read(string path)
    {
        long count = 0;
        int tries = 0;
    again:
        using (var file = MappedFile.Open(path))
        {
            if (tries > 0) Console.WriteLine($"retry after {count}");
            var h = file.Read<Header>(0);
            count = h.Count;
            if (h.Magic == 0 && ++tries < 3) goto again;
            return h.Count;
        }
    }
}
