using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using MmapRecords.Generator.Analyzers;

namespace MmapRecords.Generator.Cost;

/// <summary>
/// Mode <c>lifetime</c> of this program: what the lifetime analyzer (MMR100/MMR101) costs next to the compiler.
/// <list type="number">
/// <item>a project of 4,000 methods over the seed's records (loops, LINQ, async, iterators, try/finally, helpers taking
/// views; one in a hundred returns a record from a <c>using</c>): the analyzer's execution time against binding and
/// checking the same project without analyzers;</item>
/// <item>one method of about 2,000 lines with 200 records in one <c>using</c>: the analyzer's time on it alone.</item>
/// </list>
/// Each measurement is the median of 3 rounds after a warm-up round, on fresh compilations.
/// </summary>
internal static class LifetimeCost
{
    private const int Repetitions = 3;

    public static async Task<int> RunAsync(int methods, int records)
    {
        var invariant = CultureInfo.InvariantCulture;
        var (sources, seeded) = LifetimeCostProject.Project(methods);
        var compile = new List<double>();
        var analyzer = new List<double>();
        var big = new List<double>();
        var reports = 0;
        var bigReports = 0;
        for (var round = 0; round <= Repetitions; round++)
        {
            var project = Generate("Large", sources);
            var watch = Stopwatch.StartNew();
            var errors = project.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
            var compileTime = watch.Elapsed.TotalMilliseconds;
            if (errors != 0)
            {
                Console.Error.WriteLine($"{errors} compile errors in the synthetic project");
                return 1;
            }

            var (time, diagnostics) = await AnalyzeAsync(project);
            var (bigTime, bigDiagnostics) = await AnalyzeAsync(Generate("Big", [LifetimeCostProject.Records, LifetimeCostProject.BigMethod(records)]));
            reports = diagnostics.Length;
            bigReports = bigDiagnostics.Length;
            if (round > 0)
            {
                compile.Add(compileTime);
                analyzer.Add(time);
                big.Add(bigTime);
            }
        }

        var lines = CountLines(LifetimeCostProject.BigMethod(records));
        Console.WriteLine(string.Create(invariant, $"lifetime analyzer cost, median of {Repetitions} rounds after a warm-up round"));
        Console.WriteLine(string.Create(invariant, $"project: {methods} methods in {sources.Count} files ({seeded} seeded escapes, {reports} reports)"));
        Console.WriteLine(string.Create(invariant, $"  compile (bind + check, no analyzers): {Median(compile):F0} ms"));
        Console.WriteLine(string.Create(invariant, $"  lifetime analyzer execution time:    {Median(analyzer):F0} ms ({Median(analyzer) / Median(compile):F3}x compile)"));
        Console.WriteLine(string.Create(invariant, $"big method: {records} records, {lines} lines in one method ({bigReports} report)"));
        Console.WriteLine(string.Create(invariant, $"  lifetime analyzer execution time:    {Median(big):F0} ms"));
        return reports == seeded && bigReports == 1 ? 0 : 2;
    }

    private static Compilation Generate(string name, IEnumerable<string> sources)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.CSharp13);
        var compilation = CSharpCompilation.Create(
            name,
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, parseOptions, path: $"{name}{i}.cs")),
            Basic.Reference.Assemblies.Net100.References.All.Append(MetadataReference.CreateFromFile(typeof(MappedFile).Assembly.Location)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: false));
        CSharpGeneratorDriver.Create([new RecordGenerator().AsSourceGenerator()], parseOptions: parseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out var generated, out _);
        return generated;
    }

    /// <summary>The analyzer alone, sequential, on an already bound compilation: its logged execution time and reports.</summary>
    private static async Task<(double Milliseconds, ImmutableArray<Diagnostic> Diagnostics)> AnalyzeAsync(Compilation compilation)
    {
        var analyzer = new LifetimeAnalyzer();
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true);
        var withAnalyzers = compilation.WithAnalyzers([analyzer], options);
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
        return (telemetry.ExecutionTime.TotalMilliseconds, diagnostics);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted[sorted.Count / 2];
    }

    private static int CountLines(string text) => text.Count(c => c == '\n');
}
