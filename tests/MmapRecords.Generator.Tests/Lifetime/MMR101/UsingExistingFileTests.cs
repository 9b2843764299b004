using static MmapRecords.Generator.Tests.Lifetime.LifetimeVerifier;

namespace MmapRecords.Generator.Tests.Lifetime.MMR101;

/// <summary><c>using (file) { ... }</c> on a file opened earlier disposes it at the end of the statement, like a declared one.</summary>
public class UsingExistingFileTests
{
    [Fact]
    public Task Record_read_after_the_using_statement() => VerifyAsync("""
        public static class FirstCommand
        {
            public static void Run(string path)
            {
                var file = MappedFile.Open(path);
                Vertex first;
                using (file)
                {
                    first = {|MMR100:file.View<Vertex>()[0]|};
                }

                Console.WriteLine({|MMR101:first|}.Position.X);
            }
        }
        """);

    [Fact]
    public Task File_used_after_the_using_statement() => VerifyAsync("""
        public static class CountCommand
        {
            public static long Run(string path)
            {
                var file = MappedFile.Open(path);
                using (file)
                {
                    Console.WriteLine(file.Length);
                }

                return {|MMR101:file|}.View<Vertex>().Count;
            }
        }
        """);

    [Fact]
    public Task Record_returned_from_inside_the_using_statement() => VerifyAsync("""
        public static class FirstCommand
        {
            public static Vertex Run(MappedFile file)
            {
                using (file)
                {
                    return {|MMR100:file.View<Vertex>()[0]|};
                }
            }
        }
        """);

    [Fact]
    public Task Records_used_inside_the_using_statement_are_fine() => VerifyAsync("""
        public static class FirstCommand
        {
            public static float Run(string path)
            {
                var file = MappedFile.Open(path);
                float x;
                using (file)
                {
                    var first = file.View<Vertex>()[0];
                    x = first.Position.X;
                }

                return x;
            }
        }
        """);
}
