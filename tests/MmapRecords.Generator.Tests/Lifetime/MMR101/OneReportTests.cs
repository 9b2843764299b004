using static MmapRecords.Generator.Tests.Lifetime.LifetimeVerifier;

namespace MmapRecords.Generator.Tests.Lifetime.MMR101;

/// <summary>One mistake, one report: the first use of a variable after the disposal, not every use.</summary>
public class OneReportTests
{
    [Fact]
    public Task Two_fields_of_one_header_on_one_line() => VerifyAsync("""
        public static class Reader
        {
            public static void Print(string path)
            {
                var file = MappedFile.Open(path);
                var header = file.Read<Header>(0);
                file.Dispose();
                Console.WriteLine({|MMR101:header|}.Magic + (ulong)header.Count);
            }
        }
        """);

    [Fact]
    public Task Enumerator_moved_and_read_after_dispose() => VerifyAsync("""
        public static class Reader
        {
            public static void Print(string path)
            {
                var file = MappedFile.Open(path);
                var e = file.View<Vertex>().GetEnumerator();
                file.Dispose();
                while ({|MMR101:e|}.MoveNext())
                    Console.WriteLine(e.Current.Position.X);
            }
        }
        """);
}
