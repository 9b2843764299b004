using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using MmapRecords.Generator.Analyzers;
using Xunit.Abstractions;

namespace MmapRecords.Generator.Tests.Lifetime;

/// <summary>
/// What the lifetime analyzer costs on a large project: thousands of generated methods that use records in the ways
/// real code does (one in a hundred with a seeded escape). Reports the analyzer's own execution time next to the
/// time the compiler needs to bind and check the same project, and checks that exactly the seeded escapes are found.
/// Set MMR_COST_METHODS to change the size (default 4000).
/// </summary>
public class AnalyzerCostTests(ITestOutputHelper output)
{
    private const int Patterns = 10;

    [Fact]
    public async Task Analyzer_cost_on_a_large_generated_project()
    {
        var methods = int.TryParse(Environment.GetEnvironmentVariable("MMR_COST_METHODS"), CultureInfo.InvariantCulture, out var n) ? n : 4000;
        var (sources, seeded) = GenerateProject(methods);
        var compilation = CSharpCompilation.Create(
            "Large",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, GeneratorHarness.ParseOptions, path: $"Large{i}.cs")),
            GeneratorHarness.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: false));
        GeneratorHarness.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var generated, out _);

        // The compiler's own work: bind and check every method body (no analyzers).
        var compile = Stopwatch.StartNew();
        var errors = generated.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        compile.Stop();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Take(10)));

        // The analyzer on the same (already bound) compilation, sequential, with execution time logged.
        var analyzer = new LifetimeAnalyzer();
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true);
        var withAnalyzers = generated.WithAnalyzers([analyzer], options);
        var wall = Stopwatch.StartNew();
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        wall.Stop();
        var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);

        var report = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"methods: {methods} ({seeded} with a seeded escape), {sources.Count} files")
            .AppendLine(CultureInfo.InvariantCulture, $"compile (bind + check, no analyzers): {compile.ElapsedMilliseconds} ms")
            .AppendLine(CultureInfo.InvariantCulture, $"lifetime analyzer execution time: {telemetry.ExecutionTime.TotalMilliseconds:F0} ms")
            .AppendLine(CultureInfo.InvariantCulture, $"analyzer pass wall time (driver included): {wall.ElapsedMilliseconds} ms")
            .AppendLine(CultureInfo.InvariantCulture, $"operation block actions: {telemetry.OperationBlockActionsCount}, diagnostics: {diagnostics.Length}")
            .ToString();
        output.WriteLine(report);
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "lifetime-cost.txt"), report);

        Assert.All(diagnostics, d => Assert.Equal("MMR100", d.Id));
        Assert.Equal(seeded, diagnostics.Length);
    }

    /// <summary>Source files of <paramref name="methods"/> methods over the seed's records; returns how many escape.</summary>
    private static (List<string> Sources, int Seeded) GenerateProject(int methods)
    {
        var sources = new List<string> { LifetimeVerifier.Records };
        var seeded = 0;
        const int perClass = 20;
        for (var c = 0; c * perClass < methods; c++)
        {
            var text = new StringBuilder(LifetimeVerifier.Usings)
                .AppendLine(CultureInfo.InvariantCulture, $"public static class Worker{c}")
                .AppendLine("{");
            for (var m = 0; m < perClass && c * perClass + m < methods; m++)
            {
                var index = c * perClass + m;
                if (index % 100 == 99)
                {
                    seeded++;
                    text.AppendLine(CultureInfo.InvariantCulture, $$"""
                        public static Vertex M{{m}}(string path)
                        {
                            using var file = MappedFile.Open(path);
                            return file.View<Vertex>()[0];
                        }
                    """);
                    continue;
                }

                text.AppendLine((index % Patterns) switch
                {
                    0 => $$"""
                        public static float M{{m}}(string path)
                        {
                            using var file = MappedFile.Open(path);
                            var sum = 0f;
                            foreach (var v in file.View<Vertex>())
                                sum += v.Position.X * v.Color.Red;
                            return sum;
                        }
                    """,
                    1 => $$"""
                        public static Vertex M{{m}}(string path, long i)
                        {
                            using var file = MappedFile.Open(path);
                            var view = file.View<Vertex>();
                            return i < view.Count ? view[i].Detach() : default;
                        }
                    """,
                    2 => $$"""
                        public static RecordView<Vertex> M{{m}}(RecordView<Vertex> view, long start) =>
                            view.Slice(Math.Min(start, view.Count), view.Count - Math.Min(start, view.Count));
                    """,
                    3 => $$"""
                        public static List<Vertex> M{{m}}(string path)
                        {
                            var result = new List<Vertex>();
                            using (var file = MappedFile.Open(path))
                            {
                                foreach (var v in file.View<Vertex>())
                                    if (v.Color.Green > 10) result.Add(v.Detach());
                            }
                            return result;
                        }
                    """,
                    4 => $$"""
                        public static ulong M{{m}}(string path)
                        {
                            var file = MappedFile.Open(path);
                            try { return file.Read<Header>(0).Magic; }
                            finally { file.Dispose(); }
                        }
                    """,
                    5 => $$"""
                        public static async Task<long> M{{m}}(string path)
                        {
                            using var file = MappedFile.Open(path);
                            await Task.Yield();
                            return file.View<Vertex>().LongCount(v => v.Position.Y > 0);
                        }
                    """,
                    6 => $$"""
                        public static IEnumerable<float> M{{m}}(string path)
                        {
                            using var file = MappedFile.Open(path);
                            foreach (var v in file.View<Vertex>())
                                yield return v.Position.Z;
                        }
                    """,
                    7 => $$"""
                        public static Vertex M{{m}}(RecordView<Vertex> view)
                        {
                            var best = view[0];
                            foreach (var v in view)
                                if (v.Position.X > best.Position.X) best = v;
                            return best;
                        }
                    """,
                    8 => $$"""
                        public static float[] M{{m}}(string path)
                        {
                            using var file = MappedFile.Open(path);
                            return file.View<Vertex>().Where(v => v.Color.Blue > 0).Select(v => v.Position.X).ToArray();
                        }
                    """,
                    _ => $$"""
                        public static string M{{m}}(Vertex v, int k)
                        {
                            var x = v.Position.X + k;
                            return x > 0 ? v.ToString() : string.Empty;
                        }
                    """,
                });
            }

            sources.Add(text.AppendLine("}").ToString());
        }

        return (sources, seeded);
    }
}
