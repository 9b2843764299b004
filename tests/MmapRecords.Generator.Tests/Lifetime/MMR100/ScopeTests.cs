using static MmapRecords.Generator.Tests.Lifetime.LifetimeVerifier;

namespace MmapRecords.Generator.Tests.Lifetime.MMR100;

/// <summary>The scope of a <c>using var</c> is its block: a local declared outside the block outlives the file.</summary>
public class ScopeTests
{
    [Fact]
    public Task Outer_local_assigned_in_a_block_with_a_using_declaration() => VerifyAsync("""
        public static class Scope
        {
            public static void Print(string path, bool load)
            {
                Vector origin = default;
                if (load)
                {
                    using var file = MappedFile.Open(path);
                    origin = {|MMR100:file.Read<Vertex>(0).Position|};
                }

                Console.WriteLine({|MMR101:origin|}.X);
            }
        }
        """);

    [Fact]
    public Task Local_declared_in_the_same_block_as_the_using_declaration() => VerifyAsync("""
        public static class Scope
        {
            public static void Print(string path)
            {
                using var file = MappedFile.Open(path);
                Vector origin = default;
                origin = file.Read<Vertex>(0).Position;
                Console.WriteLine(origin.X);
            }
        }
        """);
}
