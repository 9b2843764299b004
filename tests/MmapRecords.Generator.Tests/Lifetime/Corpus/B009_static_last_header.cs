// expect: MMR100
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
    public static Header LastHeader;

    public static void Inspect(string path)
    {
        using var file = MappedFile.Open(path);
        LastHeader = file.Read<Header>(0);
        Console.WriteLine(LastHeader.Count);
    }
}
