using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace MmapRecords.Generator.Tests.Verifiers;

/// <summary>
/// The one verifier of both rule families: runs <typeparamref name="TAnalyzer"/> (and a code fix) with the Roslyn
/// testing library over sources the real <see cref="RecordGenerator"/> has also run on, against the .NET 10 reference
/// assemblies and the runtime (<see cref="GeneratorHarness.References"/>). <see cref="LayoutVerifier"/> and
/// <c>LifetimeVerifier</c> only choose the <see cref="RuleSetup"/> of their family.
/// </summary>
/// <typeparam name="TAnalyzer">The analyzer under test.</typeparam>
internal static class RuleVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    /// <summary>Verifies that exactly <paramref name="expected"/> (plus the marked-up diagnostics) is reported.</summary>
    public static Task VerifyAsync(RuleSetup setup, string source, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest(setup) { TestCode = source };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>A code-fix test of <typeparamref name="TFix"/>, configured; the caller sets its passes and runs it.</summary>
    public static CodeFixTest<TFix> FixTest<TFix>(RuleSetup setup, string source, string fixedSource)
        where TFix : CodeFixProvider, new() =>
        new(setup) { TestCode = source, FixedCode = fixedSource };

    private static void Configure(RuleSetup setup, AnalyzerTest<DefaultVerifier> test, params ProjectState[] states)
    {
        test.ReferenceAssemblies = NoReferenceAssemblies;
        foreach (var state in states)
        {
            state.AdditionalReferences.AddRange(GeneratorHarness.References);
            foreach (var (name, text) in setup.Sources)
            {
                state.Sources.Add((name, text));
            }
        }

        // The generated partial implementations are the generator's own output, checked by the golden tests.
        test.TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
        if (setup.SkipSuppressionCheck)
        {
            test.TestBehaviors |= TestBehaviors.SkipSuppressionCheck;
        }

        if (setup.FirstDescriptorPerId)
        {
            test.MarkupOptions |= MarkupOptions.UseFirstDescriptor;
        }
    }

    // No reference-assembly download: the references are GeneratorHarness.References.
    private static readonly ReferenceAssemblies NoReferenceAssemblies = new("net10.0");

    private static CSharpParseOptions ParseOptions(RuleSetup setup, ParseOptions options) =>
        ((CSharpParseOptions)options).WithLanguageVersion(setup.LanguageVersion);

    private static CompilationOptions CompilationOptions(RuleSetup setup, CompilationOptions options) =>
        setup.Nullable ? ((CSharpCompilationOptions)options).WithNullableContextOptions(NullableContextOptions.Enable) : options;

    /// <summary>An analyzer test with the real generator.</summary>
    internal sealed class AnalyzerTest : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    {
        private readonly RuleSetup _setup;

        public AnalyzerTest(RuleSetup setup)
        {
            _setup = setup;
            Configure(setup, this, TestState);
        }

        protected override IEnumerable<Type> GetSourceGenerators() => [typeof(RecordGenerator)];

        protected override ParseOptions CreateParseOptions() => ParseOptions(_setup, base.CreateParseOptions());

        protected override CompilationOptions CreateCompilationOptions() => CompilationOptions(_setup, base.CreateCompilationOptions());
    }

    /// <summary>A code-fix test with the real generator.</summary>
    /// <typeparam name="TFix">The code fix under test.</typeparam>
    internal sealed class CodeFixTest<TFix> : CSharpCodeFixTest<TAnalyzer, TFix, DefaultVerifier>
        where TFix : CodeFixProvider, new()
    {
        private readonly RuleSetup _setup;

        public CodeFixTest(RuleSetup setup)
        {
            _setup = setup;
            Configure(setup, this, TestState, FixedState);
        }

        protected override IEnumerable<Type> GetSourceGenerators() => [typeof(RecordGenerator)];

        protected override ParseOptions CreateParseOptions() => ParseOptions(_setup, base.CreateParseOptions());

        protected override CompilationOptions CreateCompilationOptions() => CompilationOptions(_setup, base.CreateCompilationOptions());
    }
}

/// <summary>What a rule family's tests share: the sources added to every test and how the compilation is set up.</summary>
/// <param name="Sources">Sources added to every test project (and its fixed state), e.g. the seed records.</param>
/// <param name="LanguageVersion">The C# version the test compiles as.</param>
/// <param name="Nullable">Whether nullable annotations are on.</param>
/// <param name="SkipSuppressionCheck">
/// Skip the library's <c>#pragma warning disable</c> round: errors reported by the generator are not hidden by a pragma.
/// </param>
/// <param name="FirstDescriptorPerId">Markup names only the id, and an id has one descriptor per variant of the mistake.</param>
internal sealed record RuleSetup(
    IReadOnlyList<(string Name, string Text)> Sources,
    LanguageVersion LanguageVersion = LanguageVersion.CSharp13,
    bool Nullable = false,
    bool SkipSuppressionCheck = false,
    bool FirstDescriptorPerId = false);
