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

public static class Probe
{
    public static bool TryReadHeader(string path, out Header header)
    {
        using var file = MappedFile.Open(path);
        if (file.Length < 16) { header = default; return false; }
        header = file.Read<Header>(0);
        return true;
    }
}
