using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;
using MmapRecords.Generator.Analyzers;

namespace MmapRecords.Generator.Tests.Verifiers;

/// <summary>
/// <see cref="RuleVerifier{TAnalyzer}"/> for the layout rules (<see cref="LayoutAnalyzer"/>, MMR001–MMR016). Each test
/// source brings its records; expected diagnostics are written as <c>{|MMR003:text|}</c> markup.
/// </summary>
internal static class LayoutVerifier
{
    public const string Usings = "using System;\nusing MmapRecords;\n";

    // The generator reports MMR001, MMR006 and MMR009 itself, and '#pragma warning disable' does not hide errors
    // reported by a generator: no pragma round. An id has one descriptor per variant; markup names only the id.
    private static RuleSetup Setup(LanguageVersion languageVersion) =>
        new([], languageVersion, SkipSuppressionCheck: true, FirstDescriptorPerId: true);

    /// <summary>Verifies that exactly the marked-up diagnostics (and no compiler errors) are reported.</summary>
    public static Task VerifyAsync(string source, params DiagnosticResult[] expected) =>
        VerifyAsync(source, LanguageVersion.CSharp13, expected);

    /// <summary>Verifies the diagnostics of <paramref name="source"/> compiled as <paramref name="languageVersion"/>.</summary>
    public static Task VerifyAsync(string source, LanguageVersion languageVersion, params DiagnosticResult[] expected) =>
        RuleVerifier<LayoutAnalyzer>.VerifyAsync(Setup(languageVersion), Usings + source, expected);

    /// <summary>An expected diagnostic, to be placed with <c>{|#0:text|}</c> markup and <see cref="DiagnosticResult.WithLocation(int)"/>.</summary>
    public static DiagnosticResult Diagnostic(string id) =>
        new(id, new LayoutAnalyzer().SupportedDiagnostics.First(d => d.Id == id).DefaultSeverity);

    /// <summary>
    /// Verifies the diagnostics of <paramref name="source"/>, then that <typeparamref name="TFix"/> turns it into
    /// <paramref name="fixedSource"/>: one fix at a time and through Fix All (in <paramref name="fixAllIterations"/>
    /// passes when given), with the action titled <paramref name="title"/> when given.
    /// </summary>
    public static Task VerifyFixAsync<TFix>(string source, string fixedSource, int? iterations = null, string? title = null, int? fixAllIterations = null)
        where TFix : CodeFixProvider, new()
    {
        var test = RuleVerifier<LayoutAnalyzer>.FixTest<TFix>(Setup(LanguageVersion.CSharp13), Usings + source, Usings + fixedSource);
        if (fixAllIterations is { } passes)
        {
            // Fix All (document, project, solution) must fix everything in this many passes; one fix at a time may take more.
            test.NumberOfFixAllIterations = passes;
        }

        if (title is not null)
        {
            test.CodeActionVerifier = (action, verifier) => verifier.Equal(title, action.Title);
        }

        if (iterations is { } count)
        {
            test.NumberOfFixAllIterations = count;
            test.NumberOfIncrementalIterations = count;
        }

        return test.RunAsync();
    }
}
