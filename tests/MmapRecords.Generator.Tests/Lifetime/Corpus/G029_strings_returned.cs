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

public static class Export
{
    public static List<string> Headers(string path, int n)
    {
        using var file = MappedFile.Open(path);
        return file.View<Header>(0, n).Select(h => h.ToString()).ToList();
    }
}
