using static MmapRecords.Generator.Tests.Lifetime.LifetimeVerifier;

namespace MmapRecords.Generator.Tests.Lifetime.MMR100;

/// <summary>MMR100 for work that runs later (threads, the thread pool, timers, awaited tasks) and the cases that stay silent.</summary>
public class BackgroundWorkTests
{
    [Fact]
    public Task Thread_started_on_a_captured_view() => VerifyAsync("""
        public static class Workers
        {
            public static void Start(string path)
            {
                using var file = MappedFile.Open(path);
                var view = file.View<Vertex>();
                new Thread({|MMR100:() => Console.WriteLine(view[0])|}).Start();
            }
        }
        """);

    [Fact]
    public Task Thread_pool_work_item_capturing_a_record() => VerifyAsync("""
        public static class Workers
        {
            public static void Queue(string path)
            {
                using var file = MappedFile.Open(path);
                var vertex = file.Read<Vertex>(0);
                ThreadPool.QueueUserWorkItem({|MMR100:_ => Console.WriteLine(vertex)|});
            }
        }
        """);

    [Fact]
    public Task Timer_callback_capturing_a_record() => VerifyAsync("""
        public sealed class Poller
        {
            private Timer? _timer;

            public void Start(string path)
            {
                using var file = MappedFile.Open(path);
                var vertex = file.Read<Vertex>(0);
                _timer = new Timer({|MMR100:_ => Console.WriteLine(vertex.Position.X)|}, null, 0, 1000);
            }

            public void Stop() => _timer?.Dispose();
        }
        """);

    [Fact]
    public Task Task_stored_and_awaited_inside_the_using() => VerifyAsync("""
        public static class Workers
        {
            public static async Task<float> SumAsync(string path)
            {
                using var file = MappedFile.Open(path);
                var view = file.View<Vertex>();
                var sum = Task.Run(() => view.Sum(v => v.Position.X));
                var count = Task.Run(() => view.Count);
                await Task.WhenAll(sum, count);
                return await sum / await count;
            }
        }
        """);

    [Fact]
    public Task Parallel_loop_over_a_view_inside_the_using() => VerifyAsync("""
        public static class Workers
        {
            public static long CountRed(string path)
            {
                using var file = MappedFile.Open(path);
                var view = file.View<Vertex>();
                long red = 0;
                Parallel.For(0, view.Count, i =>
                {
                    if (view[i].Color.Red > 0) Interlocked.Increment(ref red);
                });
                return red;
            }
        }
        """);

    [Fact]
    public Task Work_on_copies_can_outlive_the_file() => VerifyAsync("""
        public static class Workers
        {
            public static void Start(string path)
            {
                using var file = MappedFile.Open(path);
                var copy = file.Read<Vertex>(0).Detach();
                var x = file.Read<Vertex>(0).Position.X;
                _ = Task.Run(() => Console.WriteLine(copy));
                ThreadPool.QueueUserWorkItem(_ => Console.WriteLine(x));
            }
        }
        """);
}
