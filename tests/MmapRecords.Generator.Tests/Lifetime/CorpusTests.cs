using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using MmapRecords.Generator.Analyzers;
using Xunit.Abstractions;

namespace MmapRecords.Generator.Tests.Lifetime;

/// <summary>
/// The corpus: programs written the way users write them (under <c>Corpus/</c>, not in the style of the rule tests),
/// about half with a lifetime bug. Each file's first line says what it expects: <c>// expect: none</c>, or the ids
/// the bug must produce (<c>// expect: MMR100 MMR101</c>). Each file is compiled on its own with the seed's records and
/// the generator, then analyzed. A buggy program counts as found when at least one expected id is reported.
/// </summary>
public class CorpusTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Corpus_recall_is_at_least_95_percent_with_no_false_positive()
    {
        var files = Directory.GetFiles(Path.Combine(Here(), "Corpus"), "*.cs").OrderBy(f => f, StringComparer.Ordinal).ToArray();
        Assert.True(files.Length >= 100, $"the corpus has {files.Length} programs");

        int buggy = 0, found = 0, correct = 0;
        var problems = new List<string>();
        foreach (var file in files)
        {
            var text = await File.ReadAllTextAsync(file);
            var expected = Expected(text, file);
            var (reported, failures) = await AnalyzeAsync(text, Path.GetFileName(file));
            var name = Path.GetFileNameWithoutExtension(file);
            problems.AddRange(failures.Select(f => $"{name}: {f}"));
            var ids = reported.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
            if (expected.Count == 0)
            {
                correct++;
                problems.AddRange(reported.Select(d => $"{name}: false positive {d}"));
                continue;
            }

            buggy++;
            if (expected.Overlaps(ids))
            {
                found++;
            }
            else
            {
                problems.Add($"{name}: missed (expected {string.Join(' ', expected)})");
            }

            problems.AddRange(ids.Except(expected).Select(id => $"{name}: {id} reported, not expected"));
        }

        var recall = (double)found / buggy;
        output.WriteLine($"{files.Length} programs: {buggy} buggy, {correct} correct; found {found} of {buggy} ({recall:P1})");
        foreach (var problem in problems)
        {
            output.WriteLine(problem);
        }

        Assert.True(buggy >= 40 && correct >= 40, "the corpus must be about half buggy, half correct");
        Assert.True(recall >= 0.95, $"recall {recall:P1}: " + string.Join(Environment.NewLine, problems));
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private static HashSet<string> Expected(string text, string file)
    {
        var first = text.Split('\n')[0].Trim();
        Assert.True(first.StartsWith("// expect:", StringComparison.Ordinal), $"{file} has no '// expect:' header");
        var ids = first["// expect:".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        ids.Remove("none");
        return ids;
    }

    /// <summary>The lifetime diagnostics of one program, and anything that went wrong (errors, analyzer failures).</summary>
    private static async Task<(List<Diagnostic> Reported, List<string> Failures)> AnalyzeAsync(string source, string name)
    {
        var compilation = CSharpCompilation.Create(
            "Corpus",
            [CSharpSyntaxTree.ParseText(LifetimeVerifier.Records, GeneratorHarness.ParseOptions, path: "Records.cs"), CSharpSyntaxTree.ParseText(source, GeneratorHarness.ParseOptions, path: name)],
            GeneratorHarness.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        GeneratorHarness.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var generated, out _);
        var failures = new List<string>();
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), (e, _, _) => failures.Add(e.ToString()), concurrentAnalysis: false, logAnalyzerExecutionTime: false);
        var all = await generated.WithAnalyzers([new LifetimeAnalyzer()], options).GetAllDiagnosticsAsync();
        failures.AddRange(all.Where(d => d.Severity == DiagnosticSeverity.Error || d.Id.StartsWith("AD", StringComparison.Ordinal)).Select(d => d.ToString()));
        return (all.Where(d => d.Id is "MMR100" or "MMR101").ToList(), failures);
    }

    private static string Here([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
