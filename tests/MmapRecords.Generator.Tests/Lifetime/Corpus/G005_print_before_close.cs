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

public static class Dump
{
    public static void Main2(string[] args)
    {
        var file = MappedFile.Open(args[0]);
        var header = file.Read<Header>(0);
        Console.WriteLine($"magic={header.Magic:X} count={header.Count}");
        file.Dispose();
    }
}
