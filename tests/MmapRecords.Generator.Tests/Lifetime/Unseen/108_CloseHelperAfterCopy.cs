// expect: none
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
        var count = header.Count;
        Close(file, "header read");
        Console.WriteLine($"{path}: {count} records");
    }
}
