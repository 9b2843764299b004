using System;
using System.Collections.Generic;
using System.Linq;
using MmapRecords;

namespace ValidCode;

/// <summary>Helpers and pipelines that use records only while their file is open.</summary>
public static class Statistics
{
    public static (float MinX, float MaxX, double MeanRed) Summarize(string path)
    {
        using var file = MappedFile.Open(path);
        var view = file.View<Vertex>(16);
        if (view.Count == 0)
        {
            return (0, 0, 0);
        }

        var min = float.MaxValue;
        var max = float.MinValue;
        Accumulate();
        return (min, max, view.Average(v => v.Color.Red));

        void Accumulate()
        {
            foreach (var v in view)
            {
                min = Math.Min(min, v.Position.X);
                max = Math.Max(max, v.Position.X);
            }
        }
    }

    public static int Classify(string path)
    {
        using var file = MappedFile.Open(path);
        var counts = new Dictionary<string, int>();
        foreach (var v in file.View<Vertex>(16))
        {
            var kind = v.Color switch
            {
                { Red: > 200 } => "red",
                { Green: > 200 } => "green",
                { Blue: > 200 } => "blue",
                _ => "other",
            };
            counts[kind] = counts.TryGetValue(kind, out var n) ? n + 1 : 1;
        }

        return counts.Count;
    }

    public static Vector Centroid(string path)
    {
        using var file = MappedFile.Open(path);
        var view = file.View<Vertex>(16);
        var positions = new List<Vector>();
        foreach (var v in view)
        {
            if (v.Position is { X: >= 0 } position)
            {
                positions.Add(position);
            }
        }

        var brightest = VertexFiles.Brightest(view);
        Console.WriteLine($"brightest: {brightest}, {positions.Count} positions right of the origin");
        return positions.Count > 0 ? positions[0].Detach() : default;
    }

    public static void Compare(string left, string right)
    {
        using var a = MappedFile.Open(left);
        using var b = MappedFile.Open(right);
        var first = a.View<Vertex>(16);
        var second = b.View<Vertex>(16);
        var same = first.Zip(second).Count(pair => pair.First == pair.Second);
        Console.WriteLine($"{same} of {Math.Min(first.Count, second.Count)} vertices are equal");
    }

    public static void Paged(string path, Action<Vertex> visit)
    {
        using (var file = MappedFile.Open(path))
        {
            var table = VertexFiles.Table(file);
            for (var page = 0; ; page++)
            {
                var slice = VertexFiles.Page(table, page, 100);
                if (slice.Count == 0)
                {
                    break;
                }

                foreach (var v in slice)
                {
                    visit(v);
                }
            }
        }

        Console.WriteLine("done");
    }

    public static void Update(string path, float scale)
    {
        using var file = MappedFile.Open(path, MapAccess.ReadWrite);
        var header = file.Read<Header>(0);
        Console.WriteLine($"updating {header.Count} vertices by {scale}");
        file.Flush();
    }
}
