// expect: MMR101
using System;
using MmapRecords;
using Demo;

namespace Cli;

public static class HeadCommand
{
    public static void Run(string path)
    {
        var file = MappedFile.Open(path);
        var header = file.Read<Header>(0);
        var first = file.View<Vertex>(16)[0];
        file.Dispose();

        Console.WriteLine($"magic  {header.Magic:X16}");
        Console.WriteLine($"count  {header.Count}");
        Console.WriteLine($"first  {first.Position.X}"); // BUG: first was read from the file disposed above
    }
}
