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

public static class Latest
{
    private static long s_total;

    public static void Publish(string path)
    {
        using var file = MappedFile.Open(path);
        Interlocked.Add(ref s_total, file.Read<Header>(0).Count);
    }
}
