using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace MmapRecords.Generator.Cost;

/// <summary>
/// The synthetic sources the lifetime analyzer's cost is measured on (benchmarks/GeneratorCost, mode <c>lifetime</c>),
/// also compiled into the generator tests, which check what the analyzer finds in them (not how fast).
/// </summary>
internal static class LifetimeCostProject
{
    private const int Patterns = 10;

    public const string Records = """
        using MmapRecords;

        namespace Demo;

        [Record(Size = 12)]
        public readonly partial struct Vector
        {
            [Field(0)] public partial float X { get; }
            [Field(4)] public partial float Y { get; }
            [Field(8)] public partial float Z { get; }
        }

        [Record(Size = 6)]
        public readonly partial struct Color
        {
            [Field(0)] public partial ushort Red { get; }
            [Field(2)] public partial ushort Green { get; }
            [Field(4)] public partial ushort Blue { get; }
        }

        [Record(Size = 18, Stride = 20)]
        public readonly partial struct Vertex
        {
            [Field(0)] public partial Vector Position { get; }
            [Field(12)] public partial Color Color { get; }
        }

        [Record(Size = 16)]
        public readonly partial struct Header
        {
            [Field(0)] public partial ulong Magic { get; }
            [Field(8)] public partial long Count { get; }
        }
        """;

    public const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading;
        using System.Threading.Tasks;
        using MmapRecords;
        using Demo;

        """;

    /// <summary>Source files of <paramref name="methods"/> methods over the seed's records; returns how many escape.</summary>
    public static (List<string> Sources, int Seeded) Project(int methods)
    {
        var sources = new List<string> { Records };
        var seeded = 0;
        const int perClass = 20;
        for (var c = 0; c * perClass < methods; c++)
        {
            var text = new StringBuilder(Usings)
                .AppendLine(CultureInfo.InvariantCulture, $"public static class Worker{c}")
                .AppendLine("{");
            for (var m = 0; m < perClass && c * perClass + m < methods; m++)
            {
                var index = c * perClass + m;
                if (index % 100 == 99)
                {
                    seeded++;
                    text.AppendLine(CultureInfo.InvariantCulture, $$"""
                        public static Vertex M{{m}}(string path)
                        {
                            using var file = MappedFile.Open(path);
                            return file.View<Vertex>()[0];
                        }
                    """);
                    continue;
                }

                text.AppendLine((index % Patterns) switch
                {
                    0 => $$"""
                        public static float M{{m}}(string path)
                        {
                            using var file = MappedFile.Open(path);
                            var sum = 0f;
                            foreach (var v in file.View<Vertex>())
                                sum += v.Position.X * v.Color.Red;
                            return sum;
                        }
                    """,
                    1 => $$"""
                        public static Vertex M{{m}}(string path, long i)
                        {
                            using var file = MappedFile.Open(path);
                            var view = file.View<Vertex>();
                            return i < view.Count ? view[i].Detach() : default;
                        }
                    """,
                    2 => $$"""
                        public static RecordView<Vertex> M{{m}}(RecordView<Vertex> view, long start) =>
                            view.Slice(Math.Min(start, view.Count), view.Count - Math.Min(start, view.Count));
                    """,
                    3 => $$"""
                        public static List<Vertex> M{{m}}(string path)
                        {
                            var result = new List<Vertex>();
                            using (var file = MappedFile.Open(path))
                            {
                                foreach (var v in file.View<Vertex>())
                                    if (v.Color.Green > 10) result.Add(v.Detach());
                            }
                            return result;
                        }
                    """,
                    4 => $$"""
                        public static ulong M{{m}}(string path)
                        {
                            var file = MappedFile.Open(path);
                            try { return file.Read<Header>(0).Magic; }
                            finally { file.Dispose(); }
                        }
                    """,
                    5 => $$"""
                        public static async Task<long> M{{m}}(string path)
                        {
                            using var file = MappedFile.Open(path);
                            await Task.Yield();
                            return file.View<Vertex>().LongCount(v => v.Position.Y > 0);
                        }
                    """,
                    6 => $$"""
                        public static IEnumerable<float> M{{m}}(string path)
                        {
                            using var file = MappedFile.Open(path);
                            foreach (var v in file.View<Vertex>())
                                yield return v.Position.Z;
                        }
                    """,
                    7 => $$"""
                        public static Vertex M{{m}}(RecordView<Vertex> view)
                        {
                            var best = view[0];
                            foreach (var v in view)
                                if (v.Position.X > best.Position.X) best = v;
                            return best;
                        }
                    """,
                    8 => $$"""
                        public static float[] M{{m}}(string path)
                        {
                            using var file = MappedFile.Open(path);
                            return file.View<Vertex>().Where(v => v.Color.Blue > 0).Select(v => v.Position.X).ToArray();
                        }
                    """,
                    _ => $$"""
                        public static string M{{m}}(Vertex v, int k)
                        {
                            var x = v.Position.X + k;
                            return x > 0 ? v.ToString() : string.Empty;
                        }
                    """,
                });
            }

            sources.Add(text.AppendLine("}").ToString());
        }

        return (sources, seeded);
    }

    /// <summary>
    /// One method of about <paramref name="records"/> * 10 lines: a record from each of <paramref name="records"/> views,
    /// used in loops, branches and lambdas, all inside one <c>using</c>; the last one escapes (one report).
    /// </summary>
    public static string BigMethod(int records)
    {
        var text = new StringBuilder(Usings)
            .AppendLine("public static class Big")
            .AppendLine("{")
            .AppendLine("    public static Vertex Run(string path, int k)")
            .AppendLine("    {")
            .AppendLine("        using var file = MappedFile.Open(path);")
            .AppendLine("        var view = file.View<Vertex>();")
            .AppendLine("        var total = 0f;")
            .AppendLine("        var keep = new List<float>();");
        for (var i = 0; i < records; i++)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $$"""
                        var r{{i}} = view[{{i}} % view.Count];
                        if (r{{i}}.Color.Red > k)
                        {
                            total += r{{i}}.Position.X;
                            for (var j{{i}} = 0; j{{i}} < k; j{{i}}++) total += r{{i}}.Position.Y * j{{i}};
                        }
                        else
                        {
                            keep.Add(view.Where(v => v.Color.Blue == r{{i}}.Color.Blue).Sum(v => v.Position.Z));
                        }
                """);
        }

        return text
            .AppendLine(CultureInfo.InvariantCulture, $"        Console.WriteLine(total + keep.Count);")
            .AppendLine(CultureInfo.InvariantCulture, $"        return r{records - 1};")
            .AppendLine("    }")
            .AppendLine("}")
            .ToString();
    }
}
