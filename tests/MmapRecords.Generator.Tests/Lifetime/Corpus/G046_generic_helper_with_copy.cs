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

public static class Helpers
{
    private static T Keep<T>(T value) { Console.WriteLine(value); return value; }

    public static Color Background(string path)
    {
        using var file = MappedFile.Open(path);
        return Keep(file.Read<Color>(0).Detach());
    }
}
