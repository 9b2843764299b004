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

public static class Tables
{
    public static RecordView<Header> Headers(string path)
    {
        using (var file = MappedFile.Open(path))
        {
            return file.View<Header>(0, 4);
        }
    }
}
