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

public static class Validator
{
    public static long Check(string path)
    {
        var file = MappedFile.Open(path);
        var header = file.Read<Header>(0);
        if (header.Magic != 0xCAFE)
        {
            file.Dispose();
            throw new InvalidDataException("bad magic in " + path);
        }
        var count = header.Count;
        file.Dispose();
        return count;
    }
}
