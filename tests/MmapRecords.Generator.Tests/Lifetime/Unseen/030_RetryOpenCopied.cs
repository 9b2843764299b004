// expect: none
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
        long previous = -1;
    retry:
        try
        {
            using var file = MappedFile.Open(path);
            var header = file.Read<Header>(0);
            if (previous != header.Count)
            {
                previous = header.Count;
                if (++attempts < 5)
                {
                    goto retry;
                }

                throw new IOException("file keeps changing");
            }

            return header.Count;
        }
        catch (UnauthorizedAccessException) when (attempts < 5)
        {
            attempts++;
            goto retry;
        }
    }
}
