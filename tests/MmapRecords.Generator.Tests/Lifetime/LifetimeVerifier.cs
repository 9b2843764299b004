using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using MmapRecords.Generator.Analyzers;

namespace MmapRecords.Generator.Tests.Lifetime;

/// <summary>
/// Runs <see cref="LifetimeAnalyzer"/> with the Roslyn testing library over a test source plus <see cref="Records"/>,
/// with the real <see cref="RecordGenerator"/> implementing the records, against the .NET 10 reference assemblies
/// and the runtime.
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

    public static Task VerifyAsync(string source, params DiagnosticResult[] expected) =>
        VerifyWholeFileAsync(Usings + source, expected);

    /// <summary>Like <see cref="VerifyAsync"/>, for a source that brings its own usings.</summary>
    public static Task VerifyWholeFileAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest { TestCode = source };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    public static Task VerifyFixAsync<TFix>(string source, string fixedSource, params DiagnosticResult[] expected)
        where TFix : CodeFixProvider, new()
    {
        var test = new FixTest<TFix> { TestCode = Usings + source, FixedCode = Usings + fixedSource };
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
        var test = new FixTest<TFix>
        {
            TestCode = Usings + source,
            FixedCode = Usings + fixedSource,
            NumberOfFixAllIterations = 1,
            NumberOfFixAllInDocumentIterations = 1,
            NumberOfFixAllInProjectIterations = 1,
        };
        return test.RunAsync();
    }

    public static void Configure(ProjectState state, ProjectState? fixedState = null)
    {
        state.Sources.Add(("Records.cs", Records));
        state.AdditionalReferences.AddRange(GeneratorHarness.References);
        fixedState?.Sources.Add(("Records.cs", Records));
        fixedState?.AdditionalReferences.AddRange(GeneratorHarness.References);
    }

    private static readonly ReferenceAssemblies NoReferenceAssemblies = new("net10.0");

    private sealed class AnalyzerTest : CSharpAnalyzerTest<LifetimeAnalyzer, DefaultVerifier>
    {
        public AnalyzerTest()
        {
            ReferenceAssemblies = NoReferenceAssemblies;
            Configure(TestState);
            TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
        }

        protected override IEnumerable<Type> GetSourceGenerators() => [typeof(RecordGenerator)];

        protected override ParseOptions CreateParseOptions() =>
            ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion.CSharp13);

        protected override CompilationOptions CreateCompilationOptions() =>
            ((CSharpCompilationOptions)base.CreateCompilationOptions()).WithNullableContextOptions(NullableContextOptions.Enable);
    }

    private sealed class FixTest<TFix> : CSharpCodeFixTest<LifetimeAnalyzer, TFix, DefaultVerifier>
        where TFix : CodeFixProvider, new()
    {
        public FixTest()
        {
            ReferenceAssemblies = NoReferenceAssemblies;
            Configure(TestState, FixedState);
            TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
        }

        protected override IEnumerable<Type> GetSourceGenerators() => [typeof(RecordGenerator)];

        protected override ParseOptions CreateParseOptions() =>
            ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion.CSharp13);

        protected override CompilationOptions CreateCompilationOptions() =>
            ((CSharpCompilationOptions)base.CreateCompilationOptions()).WithNullableContextOptions(NullableContextOptions.Enable);
    }
}
