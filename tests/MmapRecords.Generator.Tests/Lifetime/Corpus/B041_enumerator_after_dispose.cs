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

public static class Manual
{
    public static void Walk(string path)
    {
        var file = MappedFile.Open(path);
        using var e = file.View<Vertex>().GetEnumerator();
        file.Dispose();
        while (e.MoveNext()) Console.WriteLine(e.Current);
    }
}
