using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using MmapRecords.Generator.Analyzers;

namespace MmapRecords.Generator.Tests.Verifiers;

/// <summary>
/// Runs <see cref="LayoutAnalyzer"/> with the Roslyn testing library over sources that the real generator has
/// also run on (so generated partial implementations exist), against the .NET 10 reference assemblies and the
/// runtime. Expected diagnostics are written as <c>{|MMR003:text|}</c> markup.
/// </summary>
internal static class LayoutVerifier
{
    public const string Usings = "using System;\nusing MmapRecords;\n";

    /// <summary>Verifies that exactly the marked-up diagnostics (and no compiler errors) are reported.</summary>
    public static Task VerifyAsync(string source, params DiagnosticResult[] expected) =>
        VerifyAsync(source, LanguageVersion.CSharp13, expected);

    /// <summary>Verifies the diagnostics of <paramref name="source"/> compiled as <paramref name="languageVersion"/>.</summary>
    public static Task VerifyAsync(string source, LanguageVersion languageVersion, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest { TestCode = Usings + source, LanguageVersion = languageVersion };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>An expected diagnostic, to be placed with <c>{|#0:text|}</c> markup and <see cref="DiagnosticResult.WithLocation(int)"/>.</summary>
    public static DiagnosticResult Diagnostic(string id) =>
        new(id, new LayoutAnalyzer().SupportedDiagnostics.First(d => d.Id == id).DefaultSeverity);

    /// <summary>Verifies the diagnostics of <paramref name="source"/>, then that <typeparamref name="TFix"/> turns it into <paramref name="fixedSource"/>.</summary>
    public static Task VerifyFixAsync<TFix>(string source, string fixedSource, int? iterations = null)
        where TFix : CodeFixProvider, new()
    {
        var test = new CodeFixTest<TFix> { TestCode = Usings + source, FixedCode = Usings + fixedSource };
        if (iterations is { } count)
        {
            test.NumberOfFixAllIterations = count;
            test.NumberOfIncrementalIterations = count;
        }

        return test.RunAsync();
    }

    private static void Configure(AnalyzerTest<DefaultVerifier> test)
    {
        test.ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        test.TestState.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net100.References.All);
        test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(MappedFile).Assembly.Location));
        test.TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;

        // An id has one descriptor per variant of the mistake; markup names only the id.
        test.MarkupOptions |= MarkupOptions.UseFirstDescriptor;
    }

    internal sealed class AnalyzerTest : CSharpAnalyzerTest<LayoutAnalyzer, DefaultVerifier>
    {
        public AnalyzerTest() => Configure(this);

        public LanguageVersion LanguageVersion { get; init; } = LanguageVersion.CSharp13;

        protected override IEnumerable<Type> GetSourceGenerators() => [typeof(RecordGenerator)];

        protected override ParseOptions CreateParseOptions() =>
            ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion);
    }

    internal sealed class CodeFixTest<TFix> : CSharpCodeFixTest<LayoutAnalyzer, TFix, DefaultVerifier>
        where TFix : CodeFixProvider, new()
    {
        public CodeFixTest() => Configure(this);

        protected override IEnumerable<Type> GetSourceGenerators() => [typeof(RecordGenerator)];

        protected override ParseOptions CreateParseOptions() =>
            ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion.CSharp13);
    }
}
