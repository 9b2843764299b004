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

public static class Picker
{
    public static void Show(string path)
    {
        float highest = float.MinValue;
        using (var file = MappedFile.Open(path))
        {
            var all = file.View<Vertex>().ToArray();
            Array.ForEach(all, v => { if (v.Position.Y > highest) highest = v.Position.Y; });
        }
        Console.WriteLine(highest);
    }
}
