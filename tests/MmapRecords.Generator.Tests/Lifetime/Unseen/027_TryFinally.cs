// expect: MMR101 MMR100
using System;
using MmapRecords;
using Demo;

namespace Cli;

public static class VerifyCommand
{
    public static bool Run(string path)
    {
        MappedFile? file = null;
        Header header;
        try
        {
            file = MappedFile.Open(path);
            header = file.Read<Header>(0);
        }
        finally
        {
            file?.Dispose();
        }

        return header.Count * 20 + 16 <= new System.IO.FileInfo(path).Length; // BUG: header's file is disposed in the finally
    }
}
