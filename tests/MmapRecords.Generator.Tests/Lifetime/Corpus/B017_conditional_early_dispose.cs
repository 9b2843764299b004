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

public static class Validator
{
    public static void Check(string path, bool quick)
    {
        var file = MappedFile.Open(path);
        var header = file.Read<Header>(0);
        if (quick)
            file.Dispose();
        if (header.Magic != 0xCAFE) Console.WriteLine("bad magic");
        if (!quick) file.Dispose();
    }
}
