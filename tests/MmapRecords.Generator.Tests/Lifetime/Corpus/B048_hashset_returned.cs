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

public static class Distinct
{
    public static HashSet<Color> Colors(string path)
    {
        using var file = MappedFile.Open(path);
        return new HashSet<Color>(file.View<Color>());
    }
}
