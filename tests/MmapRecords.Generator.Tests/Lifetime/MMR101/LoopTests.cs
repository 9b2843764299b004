using static MmapRecords.Generator.Tests.Lifetime.LifetimeVerifier;

namespace MmapRecords.Generator.Tests.Lifetime.MMR101;

/// <summary>
/// Loops around a file: the state flows around the back edge, so a value from iteration i used in iteration i + 1,
/// after its file was disposed (or reopened), is caught; the same shapes with copies stay silent.
/// </summary>
public class LoopTests
{
    [Fact]
    public Task Record_from_the_previous_iteration_compared_with_the_next_file() => VerifyAsync("""
        public static class Compare
        {
            public static void Run(string[] paths)
            {
                Vertex previous = default;
                foreach (var path in paths)
                {
                    using var file = MappedFile.Open(path);
                    var first = file.Read<Vertex>(0);
                    if ({|MMR101:previous|}.Position.X > first.Position.X)
                        Console.WriteLine("descending");
                    previous = {|MMR100:first|};
                }
            }
        }
        """);

    [Fact]
    public Task Detached_record_from_the_previous_iteration_is_fine() => VerifyAsync("""
        public static class Compare
        {
            public static void Run(string[] paths)
            {
                Vertex previous = default;
                foreach (var path in paths)
                {
                    using var file = MappedFile.Open(path);
                    var first = file.Read<Vertex>(0);
                    if (previous.Position.X > first.Position.X)
                        Console.WriteLine("descending");
                    previous = first.Detach();
                }
            }
        }
        """);

    [Fact]
    public Task Disposed_in_one_iteration_used_in_the_next() => VerifyAsync("""
        public static class Reader
        {
            public static void Run(string path)
            {
                var file = MappedFile.Open(path);
                var header = file.Read<Header>(0);
                for (var i = 0; i < 3; i++)
                {
                    Console.WriteLine({|MMR101:header|}.Count);
                    if (i == 1)
                        file.Dispose();
                }
            }
        }
        """);

    [Fact]
    public Task Disposed_then_leaving_the_loop_is_fine() => VerifyAsync("""
        public static class Reader
        {
            public static void Run(string path)
            {
                var file = MappedFile.Open(path);
                var header = file.Read<Header>(0);
                for (var i = 0; i < 3; i++)
                {
                    Console.WriteLine(header.Count);
                    if (i == 1)
                    {
                        file.Dispose();
                        break;
                    }
                }
            }
        }
        """);

    [Fact]
    public Task Goto_retry_reads_the_header_of_the_previous_attempt() => VerifyAsync("""
        public static class Loader
        {
            public static long Count(string path)
            {
                Header header = default;
                var attempts = 0;
            retry:
                using (var file = MappedFile.Open(path))
                {
                    if (attempts > 0 && {|MMR101:header|}.Magic == 0)
                        return 0;
                    header = {|MMR100:file.Read<Header>(0)|};
                    if (header.Magic != 0x1234 && attempts++ < 3)
                        goto retry;
                    return header.Count;
                }
            }
        }
        """);

    [Fact]
    public Task Goto_retry_with_a_copy_is_fine() => VerifyAsync("""
        public static class Loader
        {
            public static long Count(string path)
            {
                Header header = default;
                var attempts = 0;
            retry:
                using (var file = MappedFile.Open(path))
                {
                    if (attempts > 0 && header.Magic == 0)
                        return 0;
                    header = file.Read<Header>(0).Detach();
                    if (header.Magic != 0x1234 && attempts++ < 3)
                        goto retry;
                    return header.Count;
                }
            }
        }
        """);

    [Fact]
    public Task Fresh_record_in_every_iteration_is_fine() => VerifyAsync("""
        public static class Sum
        {
            public static double Run(string[] paths)
            {
                double total = 0;
                foreach (var path in paths)
                {
                    using var file = MappedFile.Open(path);
                    var header = file.Read<Header>(0);
                    total += header.Count;
                    foreach (var v in file.View<Vertex>(16))
                        total += v.Position.X;
                }
                return total;
            }
        }
        """);
}
