using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using MmapRecords.Generator.Analyzers;
using MmapRecords.Generator.Cost;

namespace MmapRecords.Generator.Tests.Lifetime;

/// <summary>
/// What the lifetime analyzer finds in the sources its cost is measured on (the timing itself is a mode of
/// benchmarks/GeneratorCost: <c>dotnet run -c Release --project benchmarks/GeneratorCost -- lifetime</c>): exactly the
/// seeded escapes of the synthetic project, and the one escape of the 2,000-line method.
/// </summary>
public class AnalyzerCostTests
{
    [Fact]
    public async Task Synthetic_project_reports_exactly_the_seeded_escapes()
    {
        var (sources, seeded) = LifetimeCostProject.Project(400);
        var diagnostics = await AnalyzeAsync(sources);
        Assert.Equal(4, seeded);
        Assert.All(diagnostics, d => Assert.Equal("MMR100", d.Id));
        Assert.Equal(seeded, diagnostics.Length);
    }

    [Fact]
    public async Task Big_method_reports_its_one_escape()
    {
        var diagnostics = await AnalyzeAsync([LifetimeCostProject.Records, LifetimeCostProject.BigMethod(200)]);
        var report = Assert.Single(diagnostics);
        Assert.Equal("MMR100", report.Id);
        Assert.Contains("'r199'", report.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    private static async Task<System.Collections.Immutable.ImmutableArray<Diagnostic>> AnalyzeAsync(IEnumerable<string> sources)
    {
        var compilation = CSharpCompilation.Create(
            "Cost",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, GeneratorHarness.ParseOptions, path: $"Cost{i}.cs")),
            GeneratorHarness.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        GeneratorHarness.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var generated, out _);
        Assert.Empty(generated.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var failures = new List<Exception>();
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), (e, _, _) => failures.Add(e), concurrentAnalysis: true, logAnalyzerExecutionTime: false);
        var diagnostics = await generated.WithAnalyzers([new LifetimeAnalyzer()], options).GetAnalyzerDiagnosticsAsync();
        Assert.Empty(failures);
        return diagnostics;
    }
}
