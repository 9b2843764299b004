// expect: MMR100 MMR101
using System;
using MmapRecords;
using Demo;

namespace Analysis;

public struct Nearest
{
    public Vertex Vertex;
    public float Distance;
}

public static class NearestCommand
{
    public static void Run(string path, float x, float y)
    {
        var nearest = new Nearest { Distance = float.MaxValue };
        using (var file = MappedFile.Open(path))
        {
            foreach (var v in file.View<Vertex>())
            {
                var d = MathF.Abs(v.Position.X - x) + MathF.Abs(v.Position.Y - y);
                if (d < nearest.Distance)
                {
                    nearest.Vertex = v; // BUG: the struct local outlives the using and its vertex is printed after it
                    nearest.Distance = d;
                }
            }
        }

        Console.WriteLine($"nearest {nearest.Vertex.Position.X},{nearest.Vertex.Position.Y} at {nearest.Distance}");
    }
}
