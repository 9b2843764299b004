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

public static class Generic
{
    public static long CountOf<T>(string path) where T : struct, IRecord<T>
    {
        using var file = MappedFile.Open(path);
        return file.View<T>().Count;
    }
}
