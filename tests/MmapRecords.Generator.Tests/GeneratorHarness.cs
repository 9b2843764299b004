using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using MmapRecords.Generator.Analyzers;

namespace MmapRecords.Generator.Tests;

/// <summary>Runs the real generator (and analyzers) inside real compilations against the .NET 10 reference assemblies and the runtime.</summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp13, DocumentationMode.Diagnose);

    /// <summary>Like <see cref="ParseOptions"/>, with the DEBUG symbol: generated records compile their checked mode.</summary>
    public static readonly CSharpParseOptions DebugParseOptions = ParseOptions.WithPreprocessorSymbols("DEBUG");

    public static IReadOnlyList<MetadataReference> References { get; } =
        [.. Basic.Reference.Assemblies.Net100.References.All, MetadataReference.CreateFromFile(typeof(MappedFile).Assembly.Location)];

    public static CSharpCompilation Compile(params string[] sources) => Compile(ParseOptions, sources);

    public static CSharpCompilation Compile(CSharpParseOptions parseOptions, params string[] sources) =>
        CSharpCompilation.Create(
            "Consumer",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, parseOptions, path: $"Source{i}.cs")),
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver CreateDriver() => CreateDriver(ParseOptions);

    public static GeneratorDriver CreateDriver(CSharpParseOptions parseOptions) =>
        CSharpGeneratorDriver.Create(
            [new RecordGenerator().AsSourceGenerator()],
            parseOptions: parseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator; returns the compilation with its output and the diagnostics of the whole compilation.</summary>
    public static (Compilation Output, ImmutableArray<Diagnostic> Diagnostics, GeneratorDriverRunResult Run) Generate(params string[] sources) =>
        Generate(ParseOptions, sources);

    /// <summary>Runs the generator with <paramref name="parseOptions"/> for the sources and the generated files.</summary>
    public static (Compilation Output, ImmutableArray<Diagnostic> Diagnostics, GeneratorDriverRunResult Run) Generate(CSharpParseOptions parseOptions, params string[] sources)
    {
        var compilation = Compile(parseOptions, sources);
        var driver = CreateDriver(parseOptions).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        var diagnostics = generatorDiagnostics.AddRange(output.GetDiagnostics());
        return (output, diagnostics, driver.GetRunResult());
    }

    /// <summary>The generated source for one hint name.</summary>
    public static string GeneratedSource(GeneratorDriverRunResult run, string hintName) =>
        run.Results.SelectMany(r => r.GeneratedSources).Single(s => s.HintName == hintName).SourceText.ToString();

    /// <summary>
    /// Runs the generator, then the layout analyzer over the result; returns every MMR diagnostic a user sees: the
    /// generator's own (MMR001, MMR006, MMR009) and the analyzer's.
    /// </summary>
    public static ImmutableArray<Diagnostic> Analyze(params string[] sources)
    {
        var (output, _, run) = Generate(sources);
        return run.Diagnostics.AddRange(output.WithAnalyzers([new LayoutAnalyzer()]).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult());
    }

    /// <summary>
    /// The diagnostics that matter for generated code: every one located in a generated file, and every error.
    /// (Test sources leave their own public members undocumented; generated members must not.)
    /// </summary>
    public static ImmutableArray<Diagnostic> Relevant(ImmutableArray<Diagnostic> diagnostics) =>
        diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error
            || d.Location.SourceTree?.FilePath.EndsWith(".g.cs", StringComparison.Ordinal) == true
            || d.Id != "CS1591").ToImmutableArray();

    public static string Format(IEnumerable<Diagnostic> diagnostics) =>
        string.Join(Environment.NewLine, diagnostics.Select(d => d.ToString()));
}
