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

public static class Diagnostics
{
    public static long LastCount;

    public static void Inspect(string path)
    {
        using var file = MappedFile.Open(path);
        LastCount = file.Read<Header>(0).Count;
    }
}
