// expect: none
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
        var magic = header.Magic;
        var count = header.Count;
        var first = file.View<Vertex>(16)[0].Detach();
        var firstText = file.View<Vertex>(16)[0].ToString();
        file.Dispose();

        Console.WriteLine($"magic  {magic:X16}");
        Console.WriteLine($"count  {count}");
        Console.WriteLine($"first  {first.Position.X} ({firstText})");
        Console.WriteLine($"file   {file.Path}, disposed: {file.IsDisposed}");
        file.Dispose();
    }
}
