using static MmapRecords.Generator.Tests.Lifetime.LifetimeVerifier;

namespace MmapRecords.Generator.Tests.Lifetime.MMR101;

/// <summary>
/// A task started (not awaited) and stored in a local while the file is open, awaited after the file's disposal: the
/// task may still be reading records, so the await is MMR101.
/// </summary>
public class StoredTaskTests
{
    private const string Helper = """
        public static class Work
        {
            public static async Task<long> CountAsync(RecordView<Vertex> view)
            {
                await Task.Yield();
                return view.Count;
            }
        }

        """;

    [Fact]
    public Task Async_helper_started_inside_the_using_awaited_after_it() => VerifyAsync(Helper + """
        public static class Sums
        {
            public static async Task<long> CountAsync(string path)
            {
                Task<long> pending;
                using (var file = MappedFile.Open(path))
                {
                    pending = {|MMR100:Work.CountAsync(file.View<Vertex>())|};
                }

                return await {|MMR101:pending|};
            }
        }
        """);

    [Fact]
    public Task Async_helper_awaited_after_an_explicit_dispose() => VerifyAsync(Helper + """
        public static class Sums
        {
            public static async Task<long> CountAsync(string path)
            {
                var file = MappedFile.Open(path);
                var pending = Work.CountAsync(file.View<Vertex>());
                file.Dispose();
                return await {|MMR101:pending|};
            }
        }
        """);

    [Fact]
    public Task Task_run_awaited_after_a_using_declaration_scope() => VerifyAsync("""
        public static class Sums
        {
            public static async Task<float> FirstXAsync(string path)
            {
                Task<float> pending;
                {
                    using var file = MappedFile.Open(path);
                    var view = file.View<Vertex>();
                    pending = {|MMR100:Task.Run(() => view[0].Position.X)|};
                }

                return await {|MMR101:pending|};
            }
        }
        """);

    [Fact]
    public Task Stored_task_awaited_inside_the_using_is_fine() => VerifyAsync(Helper + """
        public static class Sums
        {
            public static async Task<long> CountAsync(string path)
            {
                long count;
                using (var file = MappedFile.Open(path))
                {
                    var pending = Work.CountAsync(file.View<Vertex>());
                    count = await pending;
                }

                return count;
            }
        }
        """);

    [Fact]
    public Task Task_that_captured_only_copies_awaited_after_is_fine() => VerifyAsync("""
        public static class Sums
        {
            public static async Task<float> FirstXAsync(string path)
            {
                Task<float> pending;
                using (var file = MappedFile.Open(path))
                {
                    var x = file.View<Vertex>()[0].Position.X;
                    pending = Task.Run(() => x * 2);
                }

                return await pending;
            }
        }
        """);
}
