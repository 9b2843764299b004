using static MmapRecords.Generator.Tests.Lifetime.LifetimeVerifier;

namespace MmapRecords.Generator.Tests.Lifetime.MMR101;

/// <summary>A span field points into the mapping: reading an element or its length after the disposal is a use.</summary>
public class SpanElementTests
{
    private const string Ints = """
        [Record(Size = 8)]
        public readonly partial struct Ints
        {
            [Field(0, Length = 2)] public partial ReadOnlySpan<int> Values { get; }
        }

        """;

    [Fact]
    public Task Span_element_read_after_dispose() => VerifyAsync(Ints + """
        public static class Reader
        {
            public static int Second(string path)
            {
                var file = MappedFile.Open(path);
                var values = file.Read<Ints>(0).Values;
                file.Dispose();
                return {|MMR101:values|}[1];
            }
        }
        """);

    [Fact]
    public Task Span_length_after_dispose() => VerifyAsync(Ints + """
        public static class Reader
        {
            public static int Count(string path)
            {
                var file = MappedFile.Open(path);
                var values = file.Read<Ints>(0).Values;
                file.Dispose();
                return {|MMR101:values|}.Length;
            }
        }
        """);

    [Fact]
    public Task Span_copied_to_an_array_before_dispose_is_fine() => VerifyAsync(Ints + """
        public static class Reader
        {
            public static int Sum(string path)
            {
                var file = MappedFile.Open(path);
                var values = file.Read<Ints>(0).Values;
                var copy = values.ToArray();
                var first = values[0];
                file.Dispose();
                return copy[1] + copy.Length + first;
            }
        }
        """);
}
