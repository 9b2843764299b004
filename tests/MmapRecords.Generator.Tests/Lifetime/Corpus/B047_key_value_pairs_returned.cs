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

public static class Pairs
{
    public static List<KeyValuePair<int, Color>> Indexed(string path)
    {
        using var file = MappedFile.Open(path);
        var result = new List<KeyValuePair<int, Color>>();
        var i = 0;
        foreach (var c in file.View<Color>()) result.Add(new KeyValuePair<int, Color>(i++, c));
        return result;
    }
}
