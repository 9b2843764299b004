using static MmapRecords.Generator.Tests.Lifetime.LifetimeVerifier;

namespace MmapRecords.Generator.Tests.Lifetime.MMR100;

/// <summary>
/// Collections a query is materialized into hold what its elements hold: tuples of scalars and <c>Detach()</c> copies
/// hold nothing, whether the query runs in <c>ToList</c>, an immutable or frozen collection's factory, a collection's
/// constructor or <c>AddRange</c>.
/// </summary>
public class MaterializedCollectionTests
{
    [Fact]
    public Task List_of_scalar_tuples_stored_in_a_property_is_fine() => VerifyAsync("""
        public sealed class Outline
        {
            public IReadOnlyList<(float X, float Y)> Points { get; private set; } = [];

            public void Load(string path)
            {
                using var file = MappedFile.Open(path);
                Points = file.View<Vertex>().Where(v => v.Color.Red > 0).Select(v => (v.Position.X, v.Position.Y)).ToList();
            }
        }
        """);

    [Fact]
    public Task List_of_tuples_holding_a_record_stored_in_a_property() => VerifyAsync("""
        public sealed class Outline
        {
            public IReadOnlyList<(Vector Position, float X)> Points { get; private set; } = [];

            public void Load(string path)
            {
                using var file = MappedFile.Open(path);
                Points = {|MMR100:file.View<Vertex>().Select(v => (v.Position, v.Position.X)).ToList()|};
            }
        }
        """);

    [Fact]
    public Task Immutable_array_of_copies_kept_by_a_constructor_and_returned_is_fine() => VerifyWholeFileAsync("""
        using System.Collections.Frozen;
        using System.Collections.Immutable;
        using System.Linq;
        using MmapRecords;
        using Demo;

        public sealed class Palette
        {
            public ImmutableArray<Color> Colors { get; }
            public ImmutableList<Color> Ordered { get; }
            public FrozenSet<int> Reds { get; }

            private Palette(ImmutableArray<Color> colors, ImmutableList<Color> ordered, FrozenSet<int> reds)
            {
                Colors = colors;
                Ordered = ordered;
                Reds = reds;
            }

            public static Palette Take(string path)
            {
                using var file = MappedFile.Open(path);
                var colors = file.View<Color>().Select(c => c.Detach()).ToImmutableArray();
                var ordered = file.View<Color>().Select(c => c.Detach()).ToImmutableList();
                var reds = file.View<Color>().Select(c => (int)c.Red).ToFrozenSet();
                return new Palette(colors, ordered, reds);
            }
        }
        """);

    [Fact]
    public Task Immutable_array_of_records_returned() => VerifyWholeFileAsync("""
        using System.Collections.Immutable;
        using System.Linq;
        using MmapRecords;
        using Demo;

        public static class Palette
        {
            public static ImmutableArray<Color> Take(string path)
            {
                using var file = MappedFile.Open(path);
                return {|MMR100:file.View<Color>().Where(c => c.Red > 0).ToImmutableArray()|};
            }
        }
        """);

    [Fact]
    public Task Copies_added_with_AddRange_to_a_parameter_list_are_fine() => VerifyAsync("""
        public static class Merger
        {
            public static void AppendAll(string path, List<Vertex> into, HashSet<Color> colors)
            {
                using var file = MappedFile.Open(path);
                into.AddRange(file.View<Vertex>().Select(v => v.Detach()));
                colors.UnionWith(file.View<Vertex>().Select(v => v.Color.Detach()));
            }
        }
        """);

    [Fact]
    public Task Records_added_with_AddRange_to_a_parameter_list() => VerifyAsync("""
        public static class Merger
        {
            public static void AppendAll(string path, List<Vertex> into)
            {
                using var file = MappedFile.Open(path);
                into.AddRange({|MMR100:file.View<Vertex>().Where(v => v.Color.Red > 0)|});
            }
        }
        """);

    [Fact]
    public Task Collection_constructed_from_copies_returned_is_fine() => VerifyAsync("""
        public static class Loader
        {
            public static Queue<Vertex> Load(string path)
            {
                using var file = MappedFile.Open(path);
                return new Queue<Vertex>(file.View<Vertex>().Select(v => v.Detach()));
            }
        }
        """);

    [Fact]
    public Task Collection_constructed_from_records_returned() => VerifyAsync("""
        public static class Loader
        {
            public static Queue<Vertex> Load(string path)
            {
                using var file = MappedFile.Open(path);
                return {|MMR100:new Queue<Vertex>(file.View<Vertex>())|};
            }
        }
        """);
}
