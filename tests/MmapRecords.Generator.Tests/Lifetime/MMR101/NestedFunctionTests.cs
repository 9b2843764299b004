using static MmapRecords.Generator.Tests.Lifetime.LifetimeVerifier;

namespace MmapRecords.Generator.Tests.Lifetime.MMR101;

/// <summary>
/// Lambdas and local functions with a <c>using</c> of their own, nested in a method that has an unrelated
/// <c>using</c> (or a try/catch) around them. The graph of a nested body chains its root into the enclosing body's
/// regions; the analysis of the nested body must not read those as its own (their ordinals count the other body's
/// blocks), neither for false reports inside the <c>using</c> nor for lost ones.
/// </summary>
public class NestedFunctionTests
{
    [Fact]
    public Task Using_in_a_lambda_inside_a_method_with_an_unrelated_using() => VerifyAsync("""
        public static class Program
        {
            static void Sample(Action<int, long[]> a) => a(1, new long[3]);
            static T Throws<T>(Func<object> f) where T : Exception => throw new InvalidOperationException();

            public static void Run(string path)
            {
                using var temp = new System.IO.MemoryStream();
                Sample((length, indexes) =>
                {
                    using (var file = MappedFile.Create(path, length))
                    {
                        var view = file.View<Header>();
                        foreach (var index in indexes)
                        {
                            if (index < length / 16)
                            {
                                var record = view[index];
                                Console.WriteLine(record.Count);
                            }
                            else
                            {
                                Throws<ArgumentOutOfRangeException>(() => view[index]);
                            }
                        }
                    }
                });
            }
        }
        """);

    [Fact]
    public Task Property_test_shape_with_a_disposable_class_around_the_lambda() => VerifyAsync("""
        public sealed class TempDirectory : IDisposable
        {
            public string Path { get; } = System.IO.Path.GetTempPath();
            public void Dispose() { }
        }

        public static class Gen
        {
            public static void Sample(Action<long, long[], int> check) => check(64, new long[] { 0, 1, 9 }, 7);
        }

        public static class Tests
        {
            public static void Views_read_what_was_written()
            {
                using var temp = new TempDirectory();
                var path = System.IO.Path.Combine(temp.Path, "data.bin");
                Gen.Sample((length, indexes, seed) =>
                {
                    using (var file = MappedFile.Create(path, length))
                    {
                        var view = file.View<Header>();
                        foreach (var index in indexes)
                        {
                            if (index < view.Count)
                            {
                                Console.WriteLine(view[index].Count + seed);
                            }
                        }
                    }
                });
            }
        }
        """);

    /// <summary>
    /// How many statements sit between the enclosing <c>using</c> and the nested body: each moves the enclosing
    /// finally's first block ordinal, so the cases together make the enclosing regions, if misread, land on every block
    /// of the nested body's loop.
    /// </summary>
    public static TheoryData<int> Paddings { get; } = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

    private static string Padding(int count) =>
        string.Concat(Enumerable.Range(0, count).Select(i => $"if (temp.Length > {i}) Console.WriteLine({i});\n        "));

    [Theory]
    [MemberData(nameof(Paddings))]
    public Task Using_in_a_loop_body_inside_a_lambda(int padding) => VerifyAsync($$"""
        public static class Program
        {
            static void Each(Action<string[]> a) => a(new[] { "a", "b" });

            public static void Run()
            {
                using var temp = new System.IO.MemoryStream();
                {{Padding(padding)}}Each(paths =>
                {
                    foreach (var path in paths)
                    {
                        using var file = MappedFile.Open(path);
                        var view = file.View<Vertex>();
                        for (long i = 0; i < view.Count; i++)
                        {
                            Console.WriteLine(view[i].Position.X);
                        }
                    }
                });
            }
        }
        """);

    [Theory]
    [MemberData(nameof(Paddings))]
    public Task Using_statement_in_a_while_loop_inside_a_lambda(int padding) => VerifyAsync($$"""
        public static class Program
        {
            static void Each(Action<Queue<string>> a) => a(new Queue<string>());

            public static void Run()
            {
                using var temp = new System.IO.MemoryStream();
                {{Padding(padding)}}Each(queue =>
                {
                    while (queue.TryDequeue(out var path))
                    {
                        using (var file = MappedFile.Open(path))
                        {
                            var view = file.View<Vertex>();
                            if (view.Count > 0)
                            {
                                Console.WriteLine(view[0].Position.X);
                            }

                            var header = file.Read<Header>(0);
                            Console.WriteLine(header.Count + view.Count);
                        }
                    }
                });
            }
        }
        """);

    [Theory]
    [MemberData(nameof(Paddings))]
    public Task Using_inside_a_local_function_declared_inside_another_using(int padding) => VerifyAsync($$"""
        public static class Program
        {
            public static float Sum(string path)
            {
                using (var temp = new System.IO.MemoryStream())
                {
                    {{Padding(padding)}}return SumOne(path);

                    static float SumOne(string path)
                    {
                        var sum = 0f;
                        using (var file = MappedFile.Open(path))
                        {
                            var view = file.View<Vertex>();
                            if (view.Count == 0)
                            {
                                Console.WriteLine(file.Read<Header>(0).Count);
                            }

                            for (long i = 0; i < view.Count; i++)
                            {
                                sum += view[i].Position.X;
                            }
                        }

                        return sum;
                    }
                }
            }
        }
        """);

    [Fact]
    public Task Lambda_inside_a_using_invoked_inside_it() => VerifyAsync("""
        public static class Program
        {
            public static float First(string path)
            {
                using var temp = new System.IO.MemoryStream();
                using (var file = MappedFile.Open(path))
                {
                    var view = file.View<Vertex>();
                    Func<long, float> x = i => view[i].Position.X;
                    return x(0) + x(1);
                }
            }
        }
        """);

    [Fact]
    public Task Using_in_a_lambda_inside_a_catch_still_reports_a_use_after_it() => VerifyAsync("""
        public static class Program
        {
            public static void Run(string path)
            {
                using var temp = new System.IO.MemoryStream();
                try
                {
                    temp.WriteByte(1);
                }
                catch (System.IO.IOException)
                {
                    Action retry = () =>
                    {
                        var file = MappedFile.Open(path);
                        var view = file.View<Vertex>();
                        file.Dispose();
                        Console.WriteLine({|MMR101:view|}[0]);
                    };
                    retry();
                }
            }
        }
        """);

    [Fact]
    public Task Use_after_the_using_inside_a_lambda_still_reports() => VerifyAsync("""
        public static class Program
        {
            static void Run(Action a) => a();

            public static void Main2(string path)
            {
                using var temp = new System.IO.MemoryStream();
                Run(() =>
                {
                    RecordView<Vertex> view;
                    using (var file = MappedFile.Open(path))
                    {
                        view = {|MMR100:file.View<Vertex>()|};
                    }

                    Console.WriteLine({|MMR101:view|}[0]);
                });
            }
        }
        """);
}
