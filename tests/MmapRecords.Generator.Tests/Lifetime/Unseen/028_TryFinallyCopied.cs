// expect: none
using System;
using MmapRecords;
using Demo;

namespace Cli;

public static class VerifyCommand
{
    public static bool Run(string path)
    {
        MappedFile? file = null;
        long count;
        long length;
        try
        {
            file = MappedFile.Open(path);
            var header = file.Read<Header>(0);
            count = header.Count;
            length = file.Length;
        }
        finally
        {
            file?.Dispose();
        }

        return count * 20 + 16 <= length;
    }
}
