using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Testing;
using MmapRecords.Generator.Analyzers;
using MmapRecords.Generator.Tests.Verifiers;

namespace MmapRecords.Generator.Tests.Lifetime;

/// <summary>
/// <see cref="RuleVerifier{TAnalyzer}"/> for the lifetime rules (<see cref="LifetimeAnalyzer"/>, MMR100/MMR101): every
/// test source is compiled with <see cref="Records"/> (the seed records plus a header), nullable annotations on.
/// </summary>
internal static class LifetimeVerifier
{
    /// <summary>The seed's records, declared the way users declare them; the generator implements them in every test.</summary>
    public const string Records = SeedRecords.Source + "\n\n" + """
        [Record(Size = 16)]
        public readonly partial struct Header
        {
            [Field(0)] public partial ulong Magic { get; }
            [Field(8)] public partial long Count { get; }
        }
        """;

    /// <summary>The usings every test source starts with.</summary>
    public const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading;
        using System.Threading.Tasks;
        using MmapRecords;
        using Demo;

        """;

    private static readonly RuleSetup Setup = new([("Records.cs", Records)], Nullable: true);

    public static Task VerifyAsync(string source, params DiagnosticResult[] expected) =>
        VerifyWholeFileAsync(Usings + source, expected);

    /// <summary>Like <see cref="VerifyAsync"/>, for a source that brings its own usings.</summary>
    public static Task VerifyWholeFileAsync(string source, params DiagnosticResult[] expected) =>
        RuleVerifier<LifetimeAnalyzer>.VerifyAsync(Setup, source, expected);

    public static Task VerifyFixAsync<TFix>(string source, string fixedSource, params DiagnosticResult[] expected)
        where TFix : CodeFixProvider, new()
    {
        var test = RuleVerifier<LifetimeAnalyzer>.FixTest<TFix>(Setup, Usings + source, Usings + fixedSource);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>
    /// Like <see cref="VerifyFixAsync{TFix}"/> for a source with several diagnostics: the fixed code is what one Fix All
    /// (in document, project and solution) gives, in one iteration.
    /// </summary>
    public static Task VerifyFixAllAsync<TFix>(string source, string fixedSource)
        where TFix : CodeFixProvider, new()
    {
        var test = RuleVerifier<LifetimeAnalyzer>.FixTest<TFix>(Setup, Usings + source, Usings + fixedSource);
        test.NumberOfFixAllIterations = 1;
        test.NumberOfFixAllInDocumentIterations = 1;
        test.NumberOfFixAllInProjectIterations = 1;
        return test.RunAsync();
    }
}
