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

public static class Export
{
    public static List<Header> Headers(string path, int n)
    {
        using var file = MappedFile.Open(path);
        return file.View<Header>(0, n).ToList();
    }
}
