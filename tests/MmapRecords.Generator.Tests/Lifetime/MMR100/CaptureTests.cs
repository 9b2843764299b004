using static MmapRecords.Generator.Tests.Lifetime.LifetimeVerifier;

namespace MmapRecords.Generator.Tests.Lifetime.MMR100;

/// <summary>Captures that outlive the file: callbacks, tasks, lazies, threads, lambdas writing outer variables.</summary>
public class CaptureTests
{
    [Fact]
    public Task Handler_on_a_parameters_event() => VerifyAsync("""
        public static class Watch
        {
            public static void Attach(string path, System.IO.FileSystemWatcher watcher)
            {
                using var file = MappedFile.Open(path);
                var header = file.Read<Header>(0);
                watcher.Changed += {|MMR100:(s, e) => Console.WriteLine(header.Count)|};
            }
        }
        """);

    [Fact]
    public Task Handler_copying_a_scalar_first_is_fine() => VerifyAsync("""
        public static class Watch
        {
            public static void Attach(string path, System.IO.FileSystemWatcher watcher)
            {
                using var file = MappedFile.Open(path);
                var count = file.Read<Header>(0).Count;
                watcher.Changed += (s, e) => Console.WriteLine(count);
            }
        }
        """);

    [Fact]
    public Task Async_lambda_called_and_not_awaited() => VerifyAsync("""
        public static class Work
        {
            public static void Start(string path)
            {
                using var file = MappedFile.Open(path);
                var view = file.View<Vertex>();
                Func<Task> work = async () =>
                {
                    await Task.Delay(10);
                    Console.WriteLine(view[0]);
                };
                {|MMR100:work|}();
            }
        }
        """);

    [Fact]
    public Task Async_void_lambda_per_record() => VerifyAsync("""
        public static class Work
        {
            public static void Start(string path)
            {
                using var file = MappedFile.Open(path);
                var all = file.View<Vertex>().ToList();
                all.ForEach({|MMR100:async v =>
                {
                    await Task.Delay(1);
                    Console.WriteLine(v.Position.X);
                }|});
            }
        }
        """);

    [Fact]
    public Task Async_lambda_awaited_inside_the_using_is_fine() => VerifyAsync("""
        public static class Work
        {
            public static async Task StartAsync(string path)
            {
                using var file = MappedFile.Open(path);
                var view = file.View<Vertex>();
                Func<Task> work = async () =>
                {
                    await Task.Delay(10);
                    Console.WriteLine(view[0]);
                };
                await work();
            }
        }
        """);

    [Fact]
    public Task ContinueWith_not_awaited() => VerifyAsync("""
        public static class Work
        {
            public static void After(string path, Task previous)
            {
                using var file = MappedFile.Open(path);
                var header = file.Read<Header>(0);
                previous.ContinueWith({|MMR100:_ => Console.WriteLine(header.Count)|});
            }
        }
        """);

    [Fact]
    public Task Lazy_stored_in_a_field() => VerifyAsync("""
        public sealed class Totals
        {
            private Lazy<float>? _sum;

            public void Load(string path)
            {
                using var file = MappedFile.Open(path);
                var view = file.View<Vertex>();
                _sum = {|MMR100:new Lazy<float>(() => view.Sum(v => v.Position.X))|};
            }

            public float Sum => _sum?.Value ?? 0;
        }
        """);

    [Fact]
    public Task Lazy_forced_inside_the_using_is_fine() => VerifyAsync("""
        public static class Totals
        {
            public static float Load(string path)
            {
                using var file = MappedFile.Open(path);
                var view = file.View<Vertex>();
                var sum = new Lazy<float>(() => view.Sum(v => v.Position.X));
                return sum.Value;
            }
        }
        """);

    [Fact]
    public Task Task_completion_source_given_a_record() => VerifyAsync("""
        public static class Signals
        {
            public static void Complete(string path, TaskCompletionSource<Header> done)
            {
                using var file = MappedFile.Open(path);
                done.SetResult({|MMR100:file.Read<Header>(0)|});
            }
        }
        """);

    [Fact]
    public Task Task_completion_source_given_a_copy_is_fine() => VerifyAsync("""
        public static class Signals
        {
            public static void Complete(string path, TaskCompletionSource<Header> done)
            {
                using var file = MappedFile.Open(path);
                done.SetResult(file.Read<Header>(0).Detach());
            }
        }
        """);

    [Fact]
    public Task Interlocked_exchange_into_a_static() => VerifyAsync("""
        public static class Last
        {
            private static object? s_last;

            public static void Remember(string path)
            {
                using var file = MappedFile.Open(path);
                Interlocked.Exchange(ref s_last, {|MMR100:file.Read<Header>(0)|});
            }
        }
        """);

    [Fact]
    public Task Thread_started_and_not_joined() => VerifyAsync("""
        public static class Workers
        {
            public static void Start(string path)
            {
                using var file = MappedFile.Open(path);
                var view = file.View<Vertex>();
                var worker = new Thread(() => Console.WriteLine(view.Count));
                {|MMR100:worker|}.Start();
            }
        }
        """);

    [Fact]
    public Task Thread_joined_before_the_disposal_is_fine() => VerifyAsync("""
        public static class Workers
        {
            public static void Start(string path)
            {
                using var file = MappedFile.Open(path);
                var view = file.View<Vertex>();
                var worker = new Thread(() => Console.WriteLine(view.Count));
                worker.Start();
                worker.Join();
            }
        }
        """);

    [Fact]
    public Task Parallel_loop_adding_records_to_an_outer_bag() => VerifyAsync("""
        public static class Filter
        {
            public static List<Vertex> Red(string path)
            {
                var bag = new System.Collections.Concurrent.ConcurrentBag<Vertex>();
                using (var file = MappedFile.Open(path))
                {
                    Parallel.ForEach(file.View<Vertex>(), v =>
                    {
                        if (v.Color.Red > 0)
                            bag.Add({|MMR100:v|});
                    });
                }
                return {|MMR101:bag|}.ToList();
            }
        }
        """);

    [Fact]
    public Task Parallel_loop_adding_copies_to_an_outer_bag_is_fine() => VerifyAsync("""
        public static class Filter
        {
            public static List<Vertex> Red(string path)
            {
                var bag = new System.Collections.Concurrent.ConcurrentBag<Vertex>();
                var xs = new System.Collections.Concurrent.ConcurrentBag<float>();
                using (var file = MappedFile.Open(path))
                {
                    Parallel.ForEach(file.View<Vertex>(), v =>
                    {
                        if (v.Color.Red > 0)
                            bag.Add(v.Detach());
                        xs.Add(v.Position.X);
                    });
                }
                return bag.ToList();
            }
        }
        """);

    [Fact]
    public Task Lambda_assigning_a_record_to_an_outer_local() => VerifyAsync("""
        public static class Brightest
        {
            public static void Print(string path)
            {
                Vertex brightest = default;
                using (var file = MappedFile.Open(path))
                {
                    file.View<Vertex>().ToList().ForEach(v =>
                    {
                        if (v.Color.Red > brightest.Color.Red)
                            brightest = {|MMR100:v|};
                    });
                }
                Console.WriteLine({|MMR101:brightest|});
            }
        }
        """);

    [Fact]
    public Task Local_function_called_after_the_using() => VerifyAsync("""
        public static class Printer
        {
            public static void Print(string path)
            {
                Vertex first;
                using (var file = MappedFile.Open(path))
                {
                    first = {|MMR100:file.Read<Vertex>(0)|};
                }
                {|MMR101:Show()|};

                void Show() => Console.WriteLine(first.Position.X);
            }
        }
        """);

    [Fact]
    public Task Local_function_called_inside_the_using_is_fine() => VerifyAsync("""
        public static class Printer
        {
            public static void Print(string path)
            {
                using (var file = MappedFile.Open(path))
                {
                    var first = file.Read<Vertex>(0);
                    Show();

                    void Show() => Console.WriteLine(first.Position.X);
                }
            }
        }
        """);

    [Fact]
    public Task Cancellation_callback_capturing_a_record() => VerifyAsync("""
        public static class Work
        {
            public static void Watch(string path, CancellationToken token)
            {
                using var file = MappedFile.Open(path);
                var header = file.Read<Header>(0);
                token.Register({|MMR100:() => Console.WriteLine(header.Count)|});
            }
        }
        """);

    [Fact]
    public Task Cancellation_callback_with_a_scalar_is_fine() => VerifyAsync("""
        public static class Work
        {
            public static void Watch(string path, CancellationToken token)
            {
                using var file = MappedFile.Open(path);
                var count = file.Read<Header>(0).Count;
                token.Register(() => Console.WriteLine(count));
            }
        }
        """);

    [Fact]
    public Task Lambda_writing_through_record_setters_is_fine() => VerifyAsync("""
        [Record(Size = 8)]
        public partial struct Slot
        {
            [Field(0)] public partial Color Color { get; set; }
        }

        public static class Writer
        {
            private static void Run(Func<object?> action) => action();

            public static void Copy(string path)
            {
                using var file = MappedFile.Open(path, MapAccess.ReadWrite);
                var slot = file.Read<Slot>(0);
                var color = file.Read<Color>(8);
                Run(() => { slot.Color = color; return null; });
            }
        }
        """);
}
