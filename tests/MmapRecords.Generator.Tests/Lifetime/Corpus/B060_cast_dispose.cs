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

public static class Casting
{
    public static void Show(string path)
    {
        var file = MappedFile.Open(path);
        var view = file.View<Color>();
        ((IDisposable)file).Dispose();
        Console.WriteLine(view[0].Red);
    }
}
