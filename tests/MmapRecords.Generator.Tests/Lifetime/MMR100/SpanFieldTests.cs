using static MmapRecords.Generator.Tests.Lifetime.LifetimeVerifier;

namespace MmapRecords.Generator.Tests.Lifetime.MMR100;

/// <summary>A span field is a view of the mapped bytes, not a copy: it must not outlive the file either.</summary>
public class SpanFieldTests
{
    private const string Ints = """
        [Record(Size = 8)]
        public readonly partial struct Ints
        {
            [Field(0, Length = 2)] public partial ReadOnlySpan<int> Values { get; }
        }

        """;

    [Fact]
    public Task A_span_field_kept_past_the_using_reports_where_it_is_stored() => VerifyAsync(Ints + """
        public static class Reader
        {
            public static int First(string path)
            {
                ReadOnlySpan<int> values;
                using (var file = MappedFile.Open(path))
                {
                    values = {|MMR100:file.Read<Ints>(0).Values|};
                }

                return {|MMR101:values|}[0];
            }
        }
        """);

    [Fact]
    public Task An_element_copied_out_of_a_span_field_does_not_report() => VerifyAsync(Ints + """
        public static class Reader
        {
            public static int First(string path)
            {
                int first;
                using (var file = MappedFile.Open(path))
                {
                    first = file.Read<Ints>(0).Values[0];
                }

                return first;
            }
        }
        """);
}
