using Microsoft.CodeAnalysis;

namespace MmapRecords.Generator.Tests;

/// <summary>Declarations that compile as C# but cannot be records: a clear MMR diagnostic, never errors inside generated code.</summary>
public sealed class ShapeEdgeTests
{
    [Theory]
    [InlineData("[Record(Size = 4)] public readonly partial struct P(int q) { [Field(0)] public partial int A { get; } }", "MMR001", "primary constructor")]
    [InlineData("[Record(Size = 4)] file readonly partial struct P { [Field(0)] public partial int A { get; } }", "MMR001", "file-local")]
    [InlineData("[Record(Size = 4)] public readonly partial struct P { [Field(0)] public partial ref readonly bool A { get; } }", "MMR016", "Interlocked")]
    [InlineData("[Record(Size = 4)] public readonly partial struct P { [Field(0)] public partial ref int A { get; set; } }", "MMR016", "setter")]
    public void Unsupported_shapes_get_one_MMR_diagnostic_and_no_error_in_generated_code(string declaration, string id, string reason)
    {
        var source = "using MmapRecords;\nnamespace Demo;\n" + declaration;
        var (_, diagnostics, _) = GeneratorHarness.Generate(source);
        var analyzer = GeneratorHarness.Analyze(source);

        var reported = Assert.Single(analyzer, d => d.Id == id);
        Assert.Contains(reason, reported.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.DoesNotContain(diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Location.SourceTree?.FilePath.EndsWith(".g.cs", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void A_record_nesting_an_invalid_record_is_itself_invalid_instead_of_failing_to_compile()
    {
        const string Source = """
            using MmapRecords;
            namespace Demo;

            [Record(Size = 4)]
            public readonly partial struct Bad
            {
                [Field(2)] public partial int TooFar { get; }
            }

            [Record(Size = 8)]
            public readonly partial struct Parent
            {
                [Field(0)] public partial Bad Inner { get; }
            }
            """;
        var (_, diagnostics, _) = GeneratorHarness.Generate(Source);

        // The nested record's own MMR003 is the one real error; the parent's field says why it cannot be read.
        Assert.Contains(GeneratorHarness.Analyze(Source), d => d.Id == "MMR003" && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("TooFar", StringComparison.Ordinal));
        Assert.DoesNotContain(diagnostics, d => d.Id is "CS0315" or "CS0311");
        Assert.DoesNotContain(diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Location.SourceTree?.FilePath.EndsWith(".g.cs", StringComparison.Ordinal) == true);
    }

    [Theory]
    [InlineData(16, false)]
    [InlineData(32 * 1024, false)]
    [InlineData((32 * 1024) + 1, true)]
    public void Only_records_over_32_KiB_check_for_default_in_Release(int size, bool checks)
    {
        var source = $$"""
            using MmapRecords;
            namespace Demo;

            [Record(Size = {{size}})]
            public readonly partial struct Blob
            {
                [Field({{size - 8}})] public partial long Last { get; }
            }
            """;
        var (_, diagnostics, run) = GeneratorHarness.Generate(source);
        var relevant = GeneratorHarness.Relevant(diagnostics);
        Assert.True(relevant.IsEmpty, GeneratorHarness.Format(relevant));

        var generated = GeneratorHarness.GeneratedSource(run, "Demo.Blob.g.cs");
        var releaseBranch = System.Text.RegularExpressions.Regex.IsMatch(
            generated,
            @"#else\n *global::MmapRecords\.CompilerServices\.RecordAccess\.EnsureNotDefault<global::Demo\.Blob>\(__mmrSource\);\n#endif");
        Assert.Equal(checks, releaseBranch);
    }

    [Fact]
    public void Members_the_user_writes_win_over_generated_ones_and_fields_may_take_their_names()
    {
        const string Source = """
            using MmapRecords;
            namespace Demo;

            [Record(Size = 8)]
            public readonly partial struct Row
            {
                [Field(0)] public partial int Detach { get; }
                [Field(4)] public partial int Id { get; }

                public override string ToString() => "row " + Id;

                public bool Equals(Row other) => Id == other.Id;

                public override int GetHashCode() => Id;
            }
            """;
        var (_, diagnostics, run) = GeneratorHarness.Generate(Source);
        var relevant = GeneratorHarness.Relevant(diagnostics);
        Assert.True(relevant.IsEmpty, GeneratorHarness.Format(relevant));

        var generated = GeneratorHarness.GeneratedSource(run, "Demo.Row.g.cs");
        Assert.DoesNotContain("Detach()", generated, StringComparison.Ordinal);
        Assert.DoesNotContain("override string ToString()", generated, StringComparison.Ordinal);
        Assert.DoesNotContain("override int GetHashCode()", generated, StringComparison.Ordinal);
        Assert.DoesNotContain("public bool Equals(global::Demo.Row other)", generated, StringComparison.Ordinal);

        // What the user did not write is still generated, and uses the user's Equals.
        Assert.Contains("public override bool Equals(object? obj) => obj is global::Demo.Row other && Equals(other);", generated, StringComparison.Ordinal);
        Assert.Contains("public static bool operator ==(global::Demo.Row left, global::Demo.Row right)", generated, StringComparison.Ordinal);
    }
}
