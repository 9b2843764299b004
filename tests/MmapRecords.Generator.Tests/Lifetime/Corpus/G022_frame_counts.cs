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

public static class Frames
{
    public static int CountChanges(IEnumerable<string> framePaths)
    {
        var changes = 0;
        long last = -1;
        foreach (var framePath in framePaths)
        {
            using var frame = MappedFile.Open(framePath);
            var header = frame.Read<Header>(0);
            if (last >= 0 && header.Count != last) changes++;
            last = header.Count;
        }
        return changes;
    }
}
