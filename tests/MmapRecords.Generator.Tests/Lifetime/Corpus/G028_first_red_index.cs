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

public static class Lookup
{
    public static long FindRed(string path)
    {
        using var file = MappedFile.Open(path);
        var view = file.View<Vertex>();
        for (long i = 0; i < view.Count; i++)
            if (view[i].Color.Red == 255) return i;
        return -1;
    }
}
