// expect: MMR100 MMR101
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
        Header last = default;
        var first = true;
        foreach (var framePath in framePaths)
        {
            using var frame = MappedFile.Open(framePath);
            var header = frame.Read<Header>(0);
            if (!first && header.Count != last.Count) changes++;
            last = header;
            first = false;
        }
        return changes;
    }
}
