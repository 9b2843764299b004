// expect: MMR101
using System;
using MmapRecords;
using Demo;

namespace Cli;

public static class StatCommand
{
    private static void Close(MappedFile file, string why)
    {
        Console.Error.WriteLine($"closing {file.Path}: {why}");
        file.Dispose();
    }

    public static void Run(string path)
    {
        var file = MappedFile.Open(path);
        var header = file.Read<Header>(0);
        Close(file, "header read");
        Console.WriteLine($"{path}: {header.Count} records"); // BUG: Close disposed the file the header reads from
    }
}
