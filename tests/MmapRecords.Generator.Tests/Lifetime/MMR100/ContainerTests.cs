using static MmapRecords.Generator.Tests.Lifetime.LifetimeVerifier;

namespace MmapRecords.Generator.Tests.Lifetime.MMR100;

/// <summary>Records hidden in containers: user classes, exceptions, generic helpers, framework collections, registries.</summary>
public class ContainerTests
{
    [Fact]
    public Task Class_with_a_record_property_returned() => VerifyAsync("""
        public sealed class Hit
        {
            public Vertex Vertex { get; set; }
            public long Index { get; set; }
        }

        public static class Search
        {
            public static Hit First(string path)
            {
                using var file = MappedFile.Open(path);
                return {|MMR100:new Hit { Vertex = file.View<Vertex>()[0], Index = 0 }|};
            }
        }
        """);

    [Fact]
    public Task Record_class_holding_a_record_returned() => VerifyAsync("""
        public sealed record Found(Vertex Vertex, long Index);

        public static class Search
        {
            public static Found? Find(string path, float x)
            {
                using var file = MappedFile.Open(path);
                var view = file.View<Vertex>();
                for (long i = 0; i < view.Count; i++)
                    if (view[i].Position.X == x)
                        return {|MMR100:new Found(view[i], i)|};
                return null;
            }
        }
        """);

    [Fact]
    public Task Holder_of_copies_returned_is_fine() => VerifyAsync("""
        public sealed record Found(Vertex Vertex, long Index);

        public static class Search
        {
            public static Found? Find(string path, float x)
            {
                using var file = MappedFile.Open(path);
                var view = file.View<Vertex>();
                for (long i = 0; i < view.Count; i++)
                    if (view[i].Position.X == x)
                        return new Found(view[i].Detach(), i);
                return null;
            }
        }
        """);

    [Fact]
    public Task Exception_carrying_a_record_thrown() => VerifyAsync("""
        public sealed class BadVertexException(Vertex vertex) : Exception("bad vertex")
        {
            public Vertex Vertex { get; } = vertex;
        }

        public static class Checker
        {
            public static void Check(string path)
            {
                using var file = MappedFile.Open(path);
                foreach (var v in file.View<Vertex>())
                    if (float.IsNaN(v.Position.X))
                        throw {|MMR100:new BadVertexException(v)|};
            }
        }
        """);

    [Fact]
    public Task Exception_carrying_a_copy_is_fine() => VerifyAsync("""
        public sealed class BadVertexException(Vertex vertex) : Exception("bad vertex")
        {
            public Vertex Vertex { get; } = vertex;
        }

        public static class Checker
        {
            public static void Check(string path)
            {
                using var file = MappedFile.Open(path);
                foreach (var v in file.View<Vertex>())
                    if (float.IsNaN(v.Position.X))
                        throw new BadVertexException(v.Detach());
            }
        }
        """);

    [Fact]
    public Task Generic_identity_returns_the_record() => VerifyAsync("""
        public static class Loader
        {
            private static T Id<T>(T value) => value;

            public static Vertex First(string path)
            {
                using var file = MappedFile.Open(path);
                return {|MMR100:Id(file.Read<Vertex>(0))|};
            }
        }
        """);

    [Fact]
    public Task Key_value_pair_returned() => VerifyAsync("""
        public static class Loader
        {
            public static KeyValuePair<long, Vertex> First(string path)
            {
                using var file = MappedFile.Open(path);
                return {|MMR100:new KeyValuePair<long, Vertex>(0, file.View<Vertex>()[0])|};
            }
        }
        """);

    [Fact]
    public Task Immutable_array_returned() => VerifyAsync("""
        public static class Loader
        {
            public static System.Collections.Immutable.ImmutableArray<Vertex> All(string path)
            {
                using var file = MappedFile.Open(path);
                return {|MMR100:System.Collections.Immutable.ImmutableArray.CreateRange(file.View<Vertex>())|};
            }
        }
        """);

    [Fact]
    public Task Hash_set_of_records_kept_in_a_field() => VerifyAsync("""
        public sealed class Seen
        {
            private HashSet<Vertex> _seen = new();

            public void Load(string path)
            {
                using var file = MappedFile.Open(path);
                _seen = {|MMR100:new HashSet<Vertex>(file.View<Vertex>())|};
            }
        }
        """);

    [Fact]
    public Task Hash_set_field_queried_with_records_is_fine() => VerifyAsync("""
        public sealed class Seen
        {
            private readonly HashSet<Vertex> _known = new();
            private readonly Dictionary<Vertex, int> _counts = new();

            public int Load(string path)
            {
                using var file = MappedFile.Open(path);
                var hits = 0;
                foreach (var v in file.View<Vertex>())
                    if (_known.Contains(v) || _counts.ContainsKey(v))
                        hits++;
                return hits;
            }
        }
        """);

    [Fact]
    public Task Registry_method_that_keeps_its_argument() => VerifyAsync("""
        public static class Registry
        {
            private static readonly List<object> s_items = new();

            public static void Remember(object item) => s_items.Add(item);
        }

        public static class Loader
        {
            public static void Load(string path)
            {
                using var file = MappedFile.Open(path);
                Registry.Remember({|MMR100:file.Read<Header>(0)|});
            }
        }
        """);

    [Fact]
    public Task Registry_method_that_only_reads_its_argument_is_fine() => VerifyAsync("""
        public static class Registry
        {
            private static readonly List<string> s_items = new();

            public static void Describe(object item) => s_items.Add(item.ToString() ?? "");
        }

        public static class Loader
        {
            public static void Load(string path)
            {
                using var file = MappedFile.Open(path);
                Registry.Describe(file.Read<Header>(0));
            }
        }
        """);

    [Fact]
    public Task Comparer_field_given_records_is_fine() => VerifyAsync("""
        public sealed class Ranking
        {
            private readonly IComparer<Vertex> _byX = Comparer<Vertex>.Create((a, b) => a.Position.X.CompareTo(b.Position.X));
            private readonly IEqualityComparer<Color> _colors = EqualityComparer<Color>.Default;

            public int Ordered(string path)
            {
                using var file = MappedFile.Open(path);
                var view = file.View<Vertex>();
                var ordered = 0;
                for (long i = 1; i < view.Count; i++)
                    if (_byX.Compare(view[i - 1], view[i]) <= 0 && !_colors.Equals(view[i - 1].Color, view[i].Color))
                        ordered++;
                return ordered;
            }
        }
        """);
}
