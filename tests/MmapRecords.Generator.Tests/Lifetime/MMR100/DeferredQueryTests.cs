using static MmapRecords.Generator.Tests.Lifetime.LifetimeVerifier;

namespace MmapRecords.Generator.Tests.Lifetime.MMR100;

/// <summary>
/// A LINQ query over a view is lazy: it reads the view when it is enumerated, so returning it or keeping it past the
/// using is a mistake even when it only yields scalars or copies. Materialized inside the using, it is fine.
/// </summary>
public class DeferredQueryTests
{
    [Fact]
    public Task Lazy_filter_returned() => VerifyAsync("""
        public static class Query
        {
            public static IEnumerable<Vertex> Red(string path)
            {
                using var file = MappedFile.Open(path);
                return {|MMR100:file.View<Vertex>().Where(v => v.Color.Red > 0)|};
            }
        }
        """);

    [Fact]
    public Task Lazy_projection_to_scalars_returned() => VerifyAsync("""
        public static class Query
        {
            public static IEnumerable<float> Xs(string path)
            {
                using var file = MappedFile.Open(path);
                return {|MMR100:file.View<Vertex>().Select(v => v.Position.X)|};
            }
        }
        """);

    [Fact]
    public Task Lazy_projection_to_copies_returned() => VerifyAsync("""
        public static class Query
        {
            public static IEnumerable<Vertex> Copies(string path)
            {
                using var file = MappedFile.Open(path);
                return {|MMR100:file.View<Vertex>().Select(v => v.Detach())|};
            }
        }
        """);

    [Fact]
    public Task Lazy_query_kept_past_the_using_and_summed_after_it() => VerifyAsync("""
        public static class Query
        {
            public static float Total(string path)
            {
                IEnumerable<float> xs;
                using (var file = MappedFile.Open(path))
                {
                    xs = {|MMR100:file.View<Vertex>().Select(v => v.Position.X)|};
                }
                return {|MMR101:xs|}.Sum();
            }
        }
        """);

    [Fact]
    public Task Materialized_inside_the_using_is_fine() => VerifyAsync("""
        public static class Query
        {
            public static float Total(string path)
            {
                float[] xs;
                List<Vertex> copies;
                using (var file = MappedFile.Open(path))
                {
                    xs = file.View<Vertex>().Select(v => v.Position.X).ToArray();
                    copies = file.View<Vertex>().Select(v => v.Detach()).ToList();
                }
                return xs.Sum() + copies.Count + copies[0].Position.X;
            }
        }
        """);

    [Fact]
    public Task Hits_used_inside_and_only_counted_after() => VerifyAsync("""
        public static class Query
        {
            public static int Red(string path)
            {
                List<Vertex> hits;
                using (var file = MappedFile.Open(path))
                {
                    hits = file.View<Vertex>().Where(v => v.Color.Red > 0).ToList();
                    foreach (var hit in hits)
                        Console.WriteLine(hit.Position.X);
                }
                return hits.Count;
            }
        }
        """);

    [Fact]
    public Task Anonymous_type_holding_a_record_used_only_inside() => VerifyAsync("""
        public static class Query
        {
            public static int Leftmost(string path)
            {
                using var file = MappedFile.Open(path);
                var best = file.View<Vertex>()
                    .Select((v, i) => new { Vertex = v, Index = i })
                    .OrderBy(p => p.Vertex.Position.X)
                    .First();
                Console.WriteLine($"{best.Index}: {best.Vertex.Position.X}");
                return best.Index;
            }
        }
        """);
}
