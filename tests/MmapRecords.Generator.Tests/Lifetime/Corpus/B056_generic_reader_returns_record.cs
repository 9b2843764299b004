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

public static class Generic
{
    public static T ReadFirst<T>(string path) where T : struct, IRecord<T>
    {
        using var file = MappedFile.Open(path);
        return file.Read<T>(0);
    }
}
