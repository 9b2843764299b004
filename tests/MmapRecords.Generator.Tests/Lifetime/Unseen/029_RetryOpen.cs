// expect: MMR101 MMR100
using System;
using System.IO;
using MmapRecords;
using Demo;

namespace Sync;

public static class SnapshotReader
{
    public static long ReadStable(string path)
    {
        int attempts = 0;
        Header previous = default;
        bool havePrevious = false;
    retry:
        using (var file = MappedFile.Open(path))
        {
            var header = file.Read<Header>(0);
            if (havePrevious && previous.Count != header.Count) // BUG: previous comes from the file disposed on the last attempt
            {
                if (++attempts < 5)
                {
                    previous = header;
                    goto retry;
                }

                throw new IOException("file keeps changing");
            }

            if (!havePrevious)
            {
                previous = header;
                havePrevious = true;
                goto retry;
            }

            return header.Count;
        }
    }
}
