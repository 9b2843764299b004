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

public static class Opener2
{
    public static long Count(string path)
    {
        using var file = MappedFile.Open(path);
        var header = file.Read<Header>(0);
        if (header.Count < 0) throw new InvalidDataException($"corrupt header {header} in {path}");
        return header.Count;
    }
}
