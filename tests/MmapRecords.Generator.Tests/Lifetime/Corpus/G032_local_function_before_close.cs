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

public static class Report
{
    public static void Write(string path)
    {
        var file = MappedFile.Open(path);
        var header = file.Read<Header>(0);
        Print();
        file.Dispose();

        void Print() => Console.WriteLine(header.Count);
    }
}
