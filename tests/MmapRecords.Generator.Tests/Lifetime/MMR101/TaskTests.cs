using static MmapRecords.Generator.Tests.Lifetime.LifetimeVerifier;

namespace MmapRecords.Generator.Tests.Lifetime.MMR101;

/// <summary>A task that works on records and is awaited after the file is disposed: MMR101 at the await.</summary>
public class TaskTests
{
    [Fact]
    public Task Task_started_inside_the_using_awaited_after_it() => VerifyAsync("""
        public static class Sums
        {
            public static async Task<float> SumAsync(string path)
            {
                Task<float> sum;
                using (var file = MappedFile.Open(path))
                {
                    var view = file.View<Vertex>();
                    sum = {|MMR100:Task.Run(() => view.Sum(v => v.Position.X))|};
                }
                return await {|MMR101:sum|};
            }
        }
        """);

    [Fact]
    public Task Task_awaited_after_an_explicit_dispose() => VerifyAsync("""
        public static class Sums
        {
            public static async Task<long> CountAsync(string path)
            {
                var file = MappedFile.Open(path);
                var view = file.View<Vertex>();
                var count = Task.Run(() => view.Count);
                file.Dispose();
                return await {|MMR101:count|};
            }
        }
        """);

    [Fact]
    public Task Task_awaited_before_the_dispose_is_fine() => VerifyAsync("""
        public static class Sums
        {
            public static async Task<long> CountAsync(string path)
            {
                var file = MappedFile.Open(path);
                var view = file.View<Vertex>();
                var count = Task.Run(() => view.Count);
                var result = await count;
                file.Dispose();
                return result;
            }
        }
        """);
}
