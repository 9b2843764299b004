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

public static class Probe
{
    public static bool TryReadCount(string path, out long count)
    {
        using var file = MappedFile.Open(path);
        if (file.Length < 16) { count = 0; return false; }
        count = file.Read<Header>(0).Count;
        return true;
    }
}
