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

public static class Filters
{
    public static List<Vertex> Visible(string path, float near)
    {
        using var file = MappedFile.Open(path);
        return file.View<Vertex>().Where(v => v.Position.Z > near).Select(v => v.Detach()).ToList();
    }
}
