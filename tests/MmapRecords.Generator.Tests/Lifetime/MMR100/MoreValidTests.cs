using static MmapRecords.Generator.Tests.Lifetime.LifetimeVerifier;

namespace MmapRecords.Generator.Tests.Lifetime.MMR100;

/// <summary>More code that must not report: everyday shapes of reading a file and keeping only copies.</summary>
public class MoreValidTests
{
    [Fact]
    public Task Records_passed_to_helpers_that_copy_them() => VerifyAsync("""
        public sealed class Collector
        {
            private readonly List<float> _xs = new();

            public void Load(string path)
            {
                using var file = MappedFile.Open(path);
                foreach (var v in file.View<Vertex>())
                    Keep(v);
            }

            private void Keep(Vertex v) => _xs.Add(v.Position.X);
        }
        """);

    [Fact]
    public Task Pattern_matching_and_switch_on_fields() => VerifyAsync("""
        public static class Classifier
        {
            public static string Kind(string path)
            {
                using var file = MappedFile.Open(path);
                var v = file.Read<Vertex>(0);
                return v switch
                {
                    { Color.Red: > 200 } => "red",
                    { Position.X: < 0 } => "left",
                    _ => "other",
                };
            }
        }
        """);

    [Fact]
    public Task Dictionary_of_scalars_and_strings_kept_in_a_field() => VerifyAsync("""
        public sealed class Names
        {
            private readonly Dictionary<long, string> _names = new();
            private readonly HashSet<ushort> _reds = new();

            public void Load(string path)
            {
                using var file = MappedFile.Open(path);
                var view = file.View<Vertex>();
                for (long i = 0; i < view.Count; i++)
                {
                    _names[i] = view[i].ToString();
                    _reds.Add(view[i].Color.Red);
                }
            }
        }
        """);

    [Fact]
    public Task Equality_and_hashing_of_records_inside_the_using() => VerifyAsync("""
        public static class Duplicates
        {
            public static int Count(string path)
            {
                using var file = MappedFile.Open(path);
                var view = file.View<Vertex>();
                var seen = new HashSet<int>();
                var duplicates = 0;
                foreach (var v in view)
                    if (!seen.Add(v.GetHashCode()) && view.Any(w => w == v)) duplicates++;
                return duplicates;
            }
        }
        """);

    [Fact]
    public Task Local_function_called_while_the_file_is_open() => VerifyAsync("""
        public static class Local
        {
            public static float Range(string path)
            {
                using var file = MappedFile.Open(path);
                var view = file.View<Vertex>();
                return Max() - Min();

                float Max() => view.Max(v => v.Position.X);
                float Min() => view.Min(v => v.Position.X);
            }
        }
        """);

    [Fact]
    public Task Two_files_in_nested_usings_copied_out() => VerifyAsync("""
        public static class Join
        {
            public static List<(Vector Position, Color Color)> Pairs(string positions, string colors)
            {
                var result = new List<(Vector, Color)>();
                using (var a = MappedFile.Open(positions))
                using (var b = MappedFile.Open(colors))
                {
                    var p = a.View<Vector>();
                    var c = b.View<Color>();
                    for (long i = 0; i < Math.Min(p.Count, c.Count); i++)
                        result.Add((p[i].Detach(), c[i].Detach()));
                }

                return result;
            }
        }
        """);

    [Fact]
    public Task Explicit_dispose_at_the_end_after_all_uses() => VerifyAsync("""
        public static class Explicit
        {
            public static double MeanRed(string path)
            {
                var file = MappedFile.Open(path);
                var view = file.View<Vertex>();
                double sum = 0;
                foreach (var v in view) sum += v.Color.Red;
                var mean = view.Count == 0 ? 0 : sum / view.Count;
                file.Dispose();
                return mean;
            }
        }
        """);

    [Fact]
    public Task Outer_scalars_assigned_inside_the_using() => VerifyAsync("""
        public static class Outer
        {
            public static void Print(string path)
            {
                float maxX = float.MinValue;
                string? name = null;
                Vertex copy = default;
                using (var file = MappedFile.Open(path))
                {
                    foreach (var v in file.View<Vertex>())
                    {
                        if (v.Position.X > maxX)
                        {
                            maxX = v.Position.X;
                            name = v.ToString();
                            copy = v.Detach();
                        }
                    }
                }

                Console.WriteLine($"{maxX} {name} {copy}");
            }
        }
        """);

    [Fact]
    public Task Iterator_that_does_not_dispose_yields_from_the_callers_view() => VerifyAsync("""
        public static class Filters
        {
            public static IEnumerable<Vertex> Red(RecordView<Vertex> view)
            {
                foreach (var v in view)
                    if (v.Color.Red > 0) yield return v;
            }

            public static void Print(string path)
            {
                using var file = MappedFile.Open(path);
                foreach (var v in Red(file.View<Vertex>()))
                    Console.WriteLine(v);
            }
        }
        """);

    [Fact]
    public Task Generated_code_is_not_analyzed() => VerifyWholeFileAsync("""
        // <auto-generated/>
        using MmapRecords;
        using Demo;

        public static class Generated
        {
            public static Vertex First(string path)
            {
                using var file = MappedFile.Open(path);
                return file.View<Vertex>()[0];
            }
        }
        """);
}
