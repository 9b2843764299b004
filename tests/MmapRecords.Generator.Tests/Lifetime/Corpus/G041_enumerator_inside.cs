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

public static class Manual
{
    public static void Walk(string path)
    {
        using var file = MappedFile.Open(path);
        var e = file.View<Vertex>().GetEnumerator();
        while (e.MoveNext()) Console.WriteLine(e.Current);
    }
}
