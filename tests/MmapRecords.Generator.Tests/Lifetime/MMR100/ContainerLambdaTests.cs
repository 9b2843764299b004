using static MmapRecords.Generator.Tests.Lifetime.LifetimeVerifier;

namespace MmapRecords.Generator.Tests.Lifetime.MMR100;

/// <summary>
/// Lambdas handed to a collection: kept as an element (a list of handlers keeps what they capture), or called for a
/// value the collection keeps (<c>GetOrAdd</c>'s factory); a predicate or comparison is neither.
/// </summary>
public class ContainerLambdaTests
{
    [Fact]
    public Task Lambda_capturing_a_record_added_to_a_field_list() => VerifyAsync("""
        public sealed class Rules
        {
            private readonly List<Func<float, bool>> _rules = new();

            public void Load(string path)
            {
                using var file = MappedFile.Open(path);
                foreach (var limit in file.View<Vector>())
                    _rules.Add({|MMR100:x => x >= limit.X && x <= limit.Y|});
            }
        }
        """);

    [Fact]
    public Task Lambda_capturing_scalars_or_a_copy_added_to_a_field_list_is_fine() => VerifyAsync("""
        public sealed class Rules
        {
            private readonly List<Func<float, bool>> _rules = new();

            public void Load(string path)
            {
                using var file = MappedFile.Open(path);
                foreach (var limit in file.View<Vector>())
                {
                    var low = limit.X;
                    var copy = limit.Detach();
                    _rules.Add(x => x >= low && x <= copy.Y);
                }
            }
        }
        """);

    [Fact]
    public Task Factory_returning_a_record_into_a_field_dictionary() => VerifyWholeFileAsync("""
        using System.Collections.Concurrent;
        using MmapRecords;
        using Demo;

        public sealed class HeaderCache
        {
            private readonly ConcurrentDictionary<string, Header> _headers = new();

            public long CountOf(string path)
            {
                using var file = MappedFile.Open(path);
                return _headers.GetOrAdd(path, {|MMR100:_ => file.Read<Header>(0)|}).Count;
            }

            public long Update(string path)
            {
                using var file = MappedFile.Open(path);
                return _headers.AddOrUpdate(path, {|MMR100:_ => file.Read<Header>(0)|}, (_, old) => old).Count;
            }
        }
        """);

    [Fact]
    public Task Factory_returning_a_copy_or_a_predicate_on_a_field_collection_is_fine() => VerifyWholeFileAsync("""
        using System.Collections.Concurrent;
        using System.Collections.Generic;
        using MmapRecords;
        using Demo;

        public sealed class HeaderCache
        {
            private readonly ConcurrentDictionary<string, Header> _headers = new();
            private readonly List<Vertex> _kept = new();

            public long CountOf(string path)
            {
                using var file = MappedFile.Open(path);
                var first = file.Read<Vertex>(0);
                _kept.RemoveAll(v => v.Position.X == first.Position.X);
                _kept.Sort((a, b) => a.Position.X.CompareTo(first.Position.X));
                return _headers.GetOrAdd(path, _ => file.Read<Header>(0).Detach()).Count;
            }
        }
        """);
}
