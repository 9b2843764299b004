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

public static class Paging
{
    public static Vertex[] Page(string path, long page, long size)
    {
        using var file = MappedFile.Open(path);
        var all = file.View<Vertex>();
        return all.Slice(page * size, Math.Min(size, all.Count - page * size)).Select(v => v.Detach()).ToArray();
    }
}
