using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;
using MmapRecords.Generator.Tests.Verifiers;

namespace MmapRecords.Generator.Tests.Diagnostics.MMR009;

public sealed class LanguageVersionTooLowTests
{
    [Fact]
    public Task CSharp_12_is_told_what_to_set() => LayoutVerifier.VerifyAsync(
        """
        [Record(Size = 4)]
        public readonly partial struct {|#0:Old|}
        {
        }
        """,
        LanguageVersion.CSharp12,
        LayoutVerifier.Diagnostic("MMR009").WithLocation(0)
            .WithMessage("Records need partial properties, which C# 12.0 does not have: set <LangVersion>13</LangVersion> (or later) in the project file"));

    // Nothing is generated below C# 13, so the compiler's own errors stay at the user's property rather than
    // appearing inside generated files.
    [Fact]
    public Task CSharp_12_with_fields_also_gets_the_compiler_errors_but_none_in_generated_code() => LayoutVerifier.VerifyAsync(
        """
        [Record(Size = 4)]
        public readonly partial struct {|MMR009:Old|}
        {
            [Field(0)] public partial int {|#0:Value|} { get; }
        }
        """,
        LanguageVersion.CSharp12,
        DiagnosticResult.CompilerError("CS8703").WithLocation(0).WithArguments("partial", "12.0", "13.0"),
        DiagnosticResult.CompilerError("CS9248").WithLocation(0).WithArguments("Old.Value"));

    [Fact]
    public Task Valid_CSharp_13_and_14() => Task.WhenAll(
        LayoutVerifier.VerifyAsync("[Record(Size = 4)] public readonly partial struct New { [Field(0)] public partial int Value { get; } }", LanguageVersion.CSharp13),
        LayoutVerifier.VerifyAsync("[Record(Size = 4)] public readonly partial struct New { [Field(0)] public partial int Value { get; } }", LanguageVersion.Preview));
}
