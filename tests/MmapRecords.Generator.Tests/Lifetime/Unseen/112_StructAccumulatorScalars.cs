// expect: none
using System;
using MmapRecords;
using Demo;

namespace Analysis;

public struct Nearest
{
    public long Index;
    public float X, Y;
    public float Distance;
}

public static class NearestCommand
{
    public static void Run(string path, float x, float y)
    {
        var nearest = new Nearest { Distance = float.MaxValue, Index = -1 };
        using (var file = MappedFile.Open(path))
        {
            var view = file.View<Vertex>();
            for (long i = 0; i < view.Count; i++)
            {
                var p = view[i].Position;
                var d = MathF.Abs(p.X - x) + MathF.Abs(p.Y - y);
                if (d < nearest.Distance)
                {
                    nearest = new Nearest { Index = i, X = p.X, Y = p.Y, Distance = d };
                }
            }
        }

        Console.WriteLine($"nearest #{nearest.Index} {nearest.X},{nearest.Y} at {nearest.Distance}");
    }
}
