using static MmapRecords.Generator.Tests.Lifetime.LifetimeVerifier;

namespace MmapRecords.Generator.Tests.Lifetime.MMR101;

/// <summary>MMR101 must stay silent: uses before the disposal, copies, harmless members, other paths.</summary>
public class RecordUsedAfterDisposeValidTests
{
    [Fact]
    public Task Used_before_dispose() => VerifyAsync("""
        public static class Reader
        {
            public static void Print(string path)
            {
                var file = MappedFile.Open(path);
                var vertex = file.Read<Vertex>(0);
                Console.WriteLine(vertex);
                file.Dispose();
            }
        }
        """);

    [Fact]
    public Task Copies_used_after_dispose() => VerifyAsync("""
        public static class Reader
        {
            public static void Print(string path)
            {
                var file = MappedFile.Open(path);
                var vertex = file.Read<Vertex>(0);
                var copy = vertex.Detach();
                var x = vertex.Position.X;
                var text = vertex.ToString();
                file.Dispose();
                Console.WriteLine(copy);
                Console.WriteLine(x);
                Console.WriteLine(text);
            }
        }
        """);

    [Fact]
    public Task Collection_count_and_file_path_after_dispose() => VerifyAsync("""
        public static class Reader
        {
            public static void Print(string path)
            {
                var file = MappedFile.Open(path);
                var all = file.View<Vertex>().ToList();
                var array = file.View<Vertex>().ToArray();
                file.Dispose();
                Console.WriteLine(all.Count);
                Console.WriteLine(array.Length);
                Console.WriteLine(file.Path);
                Console.WriteLine(file.IsDisposed);
                file.Dispose();
            }
        }
        """);

    [Fact]
    public Task Disposal_on_a_path_that_returns() => VerifyAsync("""
        public static class Reader
        {
            public static void Print(string path)
            {
                var file = MappedFile.Open(path);
                var vertex = file.Read<Vertex>(0);
                if (vertex.Color.Red == 0)
                {
                    file.Dispose();
                    return;
                }

                Console.WriteLine(vertex);
                file.Dispose();
            }
        }
        """);

    [Fact]
    public Task Variable_reassigned_to_a_new_file() => VerifyAsync("""
        public static class Reader
        {
            public static void Print(string a, string b)
            {
                var file = MappedFile.Open(a);
                var vertex = file.Read<Vertex>(0);
                Console.WriteLine(vertex);
                file.Dispose();
                file = MappedFile.Open(b);
                vertex = file.Read<Vertex>(0);
                Console.WriteLine(vertex);
                file.Dispose();
            }
        }
        """);

    [Fact]
    public Task Disposal_in_catch_that_rethrows() => VerifyAsync("""
        public static class Reader
        {
            public static void Print(string path)
            {
                var file = MappedFile.Open(path);
                var vertex = file.Read<Vertex>(0);
                try
                {
                    Console.WriteLine(vertex.Position.X);
                }
                catch
                {
                    file.Dispose();
                    throw;
                }

                Console.WriteLine(vertex);
                file.Dispose();
            }
        }
        """);

    [Fact]
    public Task Using_statement_then_new_values() => VerifyAsync("""
        public static class Reader
        {
            public static void Print(string path)
            {
                using (var file = MappedFile.Open(path))
                {
                    foreach (var v in file.View<Vertex>())
                        Console.WriteLine(v);
                }

                using (var again = MappedFile.Open(path))
                {
                    Console.WriteLine(again.View<Vertex>()[0]);
                }
            }
        }
        """);
}
