// expect: MMR101
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using MmapRecords;
using Demo;

namespace Corpus;

public static class Session
{
    public static void Run(string path)
    {
        var file = MappedFile.Open(path);
        var header = file.Read<Header>(0);
        void Close() { Console.WriteLine("bye"); file.Dispose(); }
        if (header.Count == 0) Close();
        Console.WriteLine(header.Magic);
        Close();
    }
}
