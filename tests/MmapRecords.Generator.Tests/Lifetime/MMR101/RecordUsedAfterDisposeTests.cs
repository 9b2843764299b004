using static MmapRecords.Generator.Tests.Lifetime.LifetimeVerifier;

namespace MmapRecords.Generator.Tests.Lifetime.MMR101;

/// <summary>MMR101: a record or view (or the file) used at a point where its file may already be disposed.</summary>
public class RecordUsedAfterDisposeTests
{
    [Fact]
    public Task Record_read_after_explicit_dispose() => VerifyAsync("""
        public static class Reader
        {
            public static void Print(string path)
            {
                var file = MappedFile.Open(path);
                var vertex = file.Read<Vertex>(0);
                file.Dispose();
                Console.WriteLine({|MMR101:vertex|}.Position.X);
            }
        }
        """);

    [Fact]
    public Task View_counted_after_dispose() => VerifyAsync("""
        public static class Reader
        {
            public static long Count(string path)
            {
                var file = MappedFile.Open(path);
                var view = file.View<Vertex>();
                file.Dispose();
                return {|MMR101:view|}.Count;
            }
        }
        """);

    [Fact]
    public Task Conditional_disposal_on_some_path() => VerifyAsync("""
        public static class Reader
        {
            public static void Print(string path, bool closeEarly)
            {
                var file = MappedFile.Open(path);
                var vertex = file.Read<Vertex>(0);
                if (closeEarly)
                    file.Dispose();
                Console.WriteLine({|MMR101:vertex|});
                file.Dispose();
            }
        }
        """);

    [Fact]
    public Task File_viewed_after_dispose() => VerifyAsync("""
        public static class Reader
        {
            public static long Count(string path)
            {
                var file = MappedFile.Open(path);
                file.Dispose();
                return {|MMR101:file|}.View<Vertex>().Count;
            }
        }
        """);

    [Fact]
    public Task Disposed_inside_a_loop_then_used_on_the_next_iteration() => VerifyAsync("""
        public static class Reader
        {
            public static void Print(string path)
            {
                var file = MappedFile.Open(path);
                var view = file.View<Vertex>();
                for (var i = 0; i < 2; i++)
                {
                    Console.WriteLine({|MMR101:view|}[0]);
                    file.Dispose();
                }
            }
        }
        """);

    [Fact]
    public Task List_enumerated_after_dispose() => VerifyAsync("""
        public static class Reader
        {
            public static void Print(string path)
            {
                var file = MappedFile.Open(path);
                var all = file.View<Vertex>().ToList();
                file.Dispose();
                foreach (var v in {|MMR101:all|})
                    Console.WriteLine(v.Position.X);
            }
        }
        """);

    [Fact]
    public Task Disposed_in_a_catch_that_swallows() => VerifyAsync("""
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
                catch (InvalidOperationException)
                {
                    file.Dispose();
                }

                Console.WriteLine({|MMR101:vertex|}.Color.Red);
                file.Dispose();
            }
        }
        """);

    [Fact]
    public Task Nested_record_used_after_dispose() => VerifyAsync("""
        public static class Reader
        {
            public static float X(string path)
            {
                var file = MappedFile.Open(path);
                var position = file.Read<Vertex>(0).Position;
                file.Dispose();
                return {|MMR101:position|}.X;
            }
        }
        """);

    [Fact]
    public Task Captured_record_invoked_after_dispose() => VerifyAsync("""
        public static class Reader
        {
            public static float X(string path)
            {
                var file = MappedFile.Open(path);
                var vertex = file.Read<Vertex>(0);
                Func<float> x = () => vertex.Position.X;
                file.Dispose();
                return {|MMR101:x|}();
            }
        }
        """);

    [Fact]
    public Task Used_after_finally_disposal() => VerifyAsync("""
        public static class Reader
        {
            public static void Print(string path)
            {
                var file = MappedFile.Open(path);
                Vertex vertex;
                try
                {
                    vertex = file.Read<Vertex>(0);
                }
                finally
                {
                    file.Dispose();
                }

                Console.WriteLine({|MMR101:vertex|}.Position.Y);
            }
        }
        """);

    [Fact]
    public Task Only_the_disposed_files_records_are_reported() => VerifyAsync("""
        public static class Reader
        {
            public static void Print(string a, string b)
            {
                var first = MappedFile.Open(a);
                var second = MappedFile.Open(b);
                var x = first.Read<Vertex>(0);
                var y = second.Read<Vertex>(0);
                first.Dispose();
                Console.WriteLine(y);
                Console.WriteLine({|MMR101:x|});
                second.Dispose();
            }
        }
        """);
}
