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

public static class Latest
{
    private static object? s_latest;

    public static void Publish(string path)
    {
        using var file = MappedFile.Open(path);
        Interlocked.Exchange(ref s_latest, file.Read<Vertex>(0));
    }
}
