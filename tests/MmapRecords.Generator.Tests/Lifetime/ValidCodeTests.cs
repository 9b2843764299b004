using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using MmapRecords.Generator.Analyzers;

namespace MmapRecords.Generator.Tests.Lifetime;

/// <summary>
/// No false positives on real code: the samples and the ValidCode corpus compile with the generator and the lifetime
/// analyzer without a single MMR100/MMR101, without errors, and without the analyzer failing.
/// </summary>
public class ValidCodeTests
{
    [Fact]
    public async Task Valid_code_corpus_is_clean()
    {
        var files = Directory.GetFiles(Path.Combine(Here(), "ValidCode"), "*.cs");
        Assert.True(files.Length >= 4, "the ValidCode corpus is missing");
        var diagnostics = await AnalyzeAsync(OutputKind.DynamicallyLinkedLibrary, files);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task Samples_are_clean()
    {
        var samples = Path.GetFullPath(Path.Combine(Here(), "..", "..", "..", "samples"));
        foreach (var project in Directory.GetDirectories(samples))
        {
            var files = Directory.GetFiles(project, "*.cs", SearchOption.AllDirectories)
                .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                    && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                .ToArray();
            var diagnostics = await AnalyzeAsync(OutputKind.ConsoleApplication, files);
            Assert.True(diagnostics.Count == 0, project + ": " + string.Join(Environment.NewLine, diagnostics));
        }
    }

    /// <summary>Errors, lifetime diagnostics and analyzer failures of the files compiled together.</summary>
    internal static async Task<List<string>> AnalyzeAsync(OutputKind kind, IEnumerable<string> files)
    {
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), GeneratorHarness.ParseOptions, path: Path.GetFileName(f)));
        var compilation = CSharpCompilation.Create(
            "ValidCode",
            trees,
            GeneratorHarness.References,
            new CSharpCompilationOptions(kind, nullableContextOptions: NullableContextOptions.Enable));
        GeneratorHarness.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var failures = new List<string>();
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), (e, _, _) => failures.Add(e.ToString()), concurrentAnalysis: true, logAnalyzerExecutionTime: false);
        var analyzed = await output.WithAnalyzers([new LifetimeAnalyzer()], options).GetAllDiagnosticsAsync();
        return analyzed
            .Where(d => d.Severity == DiagnosticSeverity.Error || d.Id is "MMR100" or "MMR101" || d.Id.StartsWith("AD", StringComparison.Ordinal))
            .Select(d => d.ToString())
            .Concat(failures)
            .ToList();
    }

    private static string Here([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
