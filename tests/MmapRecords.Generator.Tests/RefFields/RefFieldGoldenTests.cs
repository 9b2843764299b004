namespace MmapRecords.Generator.Tests.RefFields;

/// <summary>What the generator writes for <c>ref</c> and <c>ref readonly</c> fields, compiled in Release and checked mode.</summary>
public sealed class RefFieldGoldenTests
{
    private const string Source = """
        using MmapRecords;

        namespace Demo;

        [Record(Size = 16)]
        public readonly partial struct SharedHeader
        {
            [Field(0)] public partial ref long Count { get; }
            [Field(8)] public partial ref readonly int Version { get; }
            [Field(12)] public partial int Flags { get; set; }
        }

        [Record(Size = 12, Stride = 16)]
        public readonly partial struct Slot
        {
            [Field(0)] public partial ref int Owner { get; }
            [Field(4)] public partial float Value { get; }
            [Field(8)] public partial ref readonly float Weight { get; }
        }

        [Record(Size = 24)]
        public partial struct Segment
        {
            [Field(0)] public partial SharedHeader Header { get; }
            [Field(16)] public partial ref double Total { get; }
        }
        """;

    [Theory]
    [InlineData("Demo.SharedHeader.g.cs")]
    [InlineData("Demo.Slot.g.cs")]
    [InlineData("Demo.Segment.g.cs")]
    public void Ref_fields_generate_the_golden_source_and_compile_cleanly(string hintName)
    {
        var (_, diagnostics, run) = GeneratorHarness.Generate(Source);

        var relevant = GeneratorHarness.Relevant(diagnostics);
        Assert.True(relevant.IsEmpty, GeneratorHarness.Format(relevant));
        Golden.Verify(GeneratorHarness.GeneratedSource(run, hintName), hintName, GoldenFile());
    }

    [Fact]
    public void Ref_fields_compile_cleanly_in_checked_mode()
    {
        var (_, diagnostics, _) = GeneratorHarness.Generate(GeneratorHarness.DebugParseOptions, Source);

        var relevant = GeneratorHarness.Relevant(diagnostics);
        Assert.True(relevant.IsEmpty, GeneratorHarness.Format(relevant));
    }

    [Fact]
    public void Only_records_with_ref_fields_declare_an_alignment()
    {
        var (_, _, run) = GeneratorHarness.Generate(Source + """

            [Record(Size = 8)]
            public readonly partial struct Plain
            {
                [Field(0)] public partial long Value { get; set; }
            }
            """);

        Assert.Contains("static int global::MmapRecords.IRecord<global::Demo.SharedHeader>.Alignment => 8;", GeneratorHarness.GeneratedSource(run, "Demo.SharedHeader.g.cs"), StringComparison.Ordinal);
        Assert.Contains("static int global::MmapRecords.IRecord<global::Demo.Slot>.Alignment => 4;", GeneratorHarness.GeneratedSource(run, "Demo.Slot.g.cs"), StringComparison.Ordinal);

        // The nested header's 8 bytes count for the record that holds it.
        Assert.Contains("static int global::MmapRecords.IRecord<global::Demo.Segment>.Alignment => 8;", GeneratorHarness.GeneratedSource(run, "Demo.Segment.g.cs"), StringComparison.Ordinal);
        Assert.DoesNotContain("Alignment", GeneratorHarness.GeneratedSource(run, "Demo.Plain.g.cs"), StringComparison.Ordinal);
    }

    // The golden files live with the others, in the project's Golden folder.
    private static string GoldenFile([System.Runtime.CompilerServices.CallerFilePath] string file = "") =>
        Path.Combine(Path.GetDirectoryName(file)!, "..", "Golden.cs");
}
