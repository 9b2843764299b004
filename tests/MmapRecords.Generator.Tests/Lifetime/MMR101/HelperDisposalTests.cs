using static MmapRecords.Generator.Tests.Lifetime.LifetimeVerifier;

namespace MmapRecords.Generator.Tests.Lifetime.MMR101;

/// <summary>A method of the same compilation that disposes its file parameter disposes the caller's file; any file method but Dispose is a use.</summary>
public class HelperDisposalTests
{
    [Fact]
    public Task Record_used_after_a_helper_closed_its_file() => VerifyAsync("""
        public static class Files
        {
            public static void Close(MappedFile file)
            {
                Console.WriteLine($"closing {file.Path}");
                file.Dispose();
            }

            public static void Print(string path)
            {
                var file = MappedFile.Open(path);
                var header = file.Read<Header>(0);
                Close(file);
                Console.WriteLine({|MMR101:header|}.Count);
            }
        }
        """);

    [Fact]
    public Task Helper_that_only_reads_the_file_does_not_dispose_it() => VerifyAsync("""
        public static class Files
        {
            public static void Describe(MappedFile file) => Console.WriteLine($"{file.Path}: {file.Length}");

            public static void Print(string path)
            {
                using var file = MappedFile.Open(path);
                var header = file.Read<Header>(0);
                Describe(file);
                Console.WriteLine(header.Count);
            }
        }
        """);

    [Fact]
    public Task Flush_after_dispose_is_a_use_of_the_file() => VerifyAsync("""
        public static class Files
        {
            public static void Save(string path)
            {
                var file = MappedFile.Open(path, MapAccess.ReadWrite);
                file.Dispose();
                {|MMR101:file|}.Flush();
            }
        }
        """);

    [Fact]
    public Task Record_used_after_a_local_function_closed_the_file() => VerifyAsync("""
        public static class Files
        {
            public static void Print(string path)
            {
                var file = MappedFile.Open(path);
                var header = file.Read<Header>(0);
                Cleanup();
                Console.WriteLine({|MMR101:header|}.Count);

                void Cleanup()
                {
                    Console.WriteLine("closing");
                    file.Dispose();
                }
            }
        }
        """);
}
