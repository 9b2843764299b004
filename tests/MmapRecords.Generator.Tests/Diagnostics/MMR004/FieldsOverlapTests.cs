using System.Globalization;
using MmapRecords.Generator.Tests.Verifiers;

namespace MmapRecords.Generator.Tests.Diagnostics.MMR004;

public sealed class FieldsOverlapTests
{
    [Fact]
    public Task Two_scalars_report_the_second_with_the_first_as_additional_location() => LayoutVerifier.VerifyAsync(
        """
        [Record(Size = 8)]
        public readonly partial struct Header
        {
            [Field(0)] public partial int {|#0:Magic|} { get; }
            [Field(3)] public partial ushort {|#1:Version|} { get; }
        }
        """,
        LayoutVerifier.Diagnostic("MMR004").WithLocation(1).WithLocation(0)
            .WithMessage("Fields 'Magic' (bytes 0–3) and 'Version' (bytes 3–4) of 'Header' overlap"));

    [Fact]
    public Task A_nested_record_covers_its_whole_Size() => LayoutVerifier.VerifyAsync(
        """
        [Record(Size = 12)]
        public readonly partial struct Vector
        {
            [Field(0)] public partial float X { get; }
        }

        [Record(Size = 16)]
        public readonly partial struct Holder
        {
            [Field(0)] public partial Vector {|#0:Position|} { get; }
            [Field(11)] public partial byte {|#1:Tag|} { get; }
        }
        """,
        LayoutVerifier.Diagnostic("MMR004").WithLocation(1).WithLocation(0)
            .WithMessage("Fields 'Position' (bytes 0–11) and 'Tag' (bytes 11–11) of 'Holder' overlap"));

    [Fact]
    public Task Arrays_cover_every_element() => LayoutVerifier.VerifyAsync(
        """
        [Record(Size = 32)]
        public readonly partial struct Table
        {
            [Field(0, Length = 4)] public partial int[] {|#0:Values|} { get; }
            [Field(15, Length = 2)] public partial ReadOnlySpan<short> {|#1:Shorts|} { get; }
            [Field(18, Length = 4)] public partial string {|#2:Name|} { get; }
        }
        """,
        LayoutVerifier.Diagnostic("MMR004").WithLocation(1).WithLocation(0),
        LayoutVerifier.Diagnostic("MMR004").WithLocation(2).WithLocation(1));

    [Fact]
    public Task A_later_field_declared_first_still_reports_both() => LayoutVerifier.VerifyAsync(
        """
        [Record(Size = 8)]
        public readonly partial struct Reordered
        {
            [Field(4)] public partial int {|#0:Second|} { get; }
            [Field(2)] public partial int {|#1:First|} { get; }
        }
        """,
        LayoutVerifier.Diagnostic("MMR004").WithLocation(1).WithLocation(0));

    [Fact]
    public Task Valid_adjacent_fields_and_a_raw_byte_view_of_a_string() => LayoutVerifier.VerifyAsync("""
        [Record(Size = 16)]
        public readonly partial struct Entry
        {
            [Field(0)] public partial int A { get; }
            [Field(4)] public partial int B { get; }
            [Field(8, Length = 8)] public partial string Name { get; }
            [Field(8, Length = 8)] public partial ReadOnlySpan<byte> NameBytes { get; }
        }
        """);

    [Fact]
    public void An_overlap_is_a_warning_and_the_record_is_still_generated()
    {
        var (_, diagnostics, run) = GeneratorHarness.Generate("""
            using MmapRecords;
            [Record(Size = 8)]
            public readonly partial struct Header
            {
                [Field(0)] public partial int Magic { get; }
                [Field(2)] public partial int Union { get; }
            }
            """);
        Assert.DoesNotContain(diagnostics, d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        Assert.Contains("ReadLittleEndian<int>(__mmrAt(2))", GeneratorHarness.GeneratedSource(run, "Header.g.cs"), System.StringComparison.Ordinal);
        Assert.Equal(
            "Fields 'Magic' (bytes 0–3) and 'Union' (bytes 2–5) of 'Header' overlap",
            Assert.Single(GeneratorHarness.Analyze("""
                using MmapRecords;
                [Record(Size = 8)]
                public readonly partial struct Header
                {
                    [Field(0)] public partial int Magic { get; }
                    [Field(2)] public partial int Union { get; }
                }
                """)).GetMessage(CultureInfo.InvariantCulture));
    }
}
