// expect: MMR101 MMR100
using System;
using MmapRecords;
using Demo;

namespace Cli;

public static class FirstCommand
{
    public static void Run(string path)
    {
        var file = MappedFile.Open(path);
        Vertex first;
        using (file)
        {
            first = file.View<Vertex>(16)[0];
            Console.WriteLine($"file {file.Path}, {file.Length} bytes");
        }

        Console.WriteLine($"first vertex at {first.Position.X}, {first.Position.Y}"); // BUG: the using disposed file, and first reads it
    }
}
