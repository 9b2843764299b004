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

public static class Lookup
{
    public static Vertex FindRed(string path)
    {
        using var file = MappedFile.Open(path);
        return file.View<Vertex>().FirstOrDefault(v => v.Color.Red == 255);
    }
}
