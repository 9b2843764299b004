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
        var result = await MeasureAsync("Corpus");
        Assert.True(result.Files >= 100, $"the corpus has {result.Files} programs");
        result.AssertTargets();
    }

    /// <summary>
    /// The unseen corpus: programs written by someone who had read the documentation and the public API but not the
    /// analyzer nor its tests, to measure recall and false positives on code that did not shape the analyzer. Each
    /// buggy file marks the line of its bug with <c>// BUG:</c>; the output says whether a report lands on it.
    /// </summary>
    [Fact]
    public async Task Unseen_recall_is_at_least_95_percent_with_no_false_positive()
    {
        var result = await MeasureAsync("Unseen", reportBugLines: true);
        Assert.True(result.Files >= 90, $"the unseen corpus has {result.Files} programs");
        result.AssertTargets();
    }

    private sealed record Measurement(int Files, int Buggy, int Found, int Correct, List<string> Problems)
    {
        public double Recall => (double)Found / Buggy;

        public void AssertTargets()
        {
            Assert.True(Buggy >= 40 && Correct >= 40, "the corpus must be about half buggy, half correct");
            Assert.True(Recall >= 0.95, $"recall {Recall:P1}: " + string.Join(Environment.NewLine, Problems));
            Assert.True(Problems.Count == 0, string.Join(Environment.NewLine, Problems));
        }
    }

    private async Task<Measurement> MeasureAsync(string folder, bool reportBugLines = false)
    {
        var files = Directory.GetFiles(Path.Combine(Here(), folder), "*.cs").OrderBy(f => f, StringComparer.Ordinal).ToArray();

        int buggy = 0, found = 0, correct = 0, onBugLine = 0;
        var problems = new List<string>();
        var placements = new List<string>();
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

            if (reportBugLines)
            {
                var bugLines = BugLines(text);
                var lines = reported.Select(d => d.Location.GetLineSpan().StartLinePosition.Line).ToList();
                if (bugLines.Count == 0)
                {
                    placements.Add($"{name}: no '// BUG:' line");
                }
                else if (lines.Any(bugLines.Contains))
                {
                    onBugLine++;
                    placements.Add($"{name}: on the BUG line {bugLines[0] + 1}");
                }
                else
                {
                    placements.Add($"{name}: not on the BUG line {bugLines[0] + 1} (reported at {(lines.Count == 0 ? "nothing" : string.Join(", ", reported.Select(d => $"{d.Id}@{d.Location.GetLineSpan().StartLinePosition.Line + 1}")))})");
                }
            }
        }

        var recall = (double)found / buggy;
        output.WriteLine($"{files.Length} programs: {buggy} buggy, {correct} correct; found {found} of {buggy} ({recall:P1})");
        foreach (var problem in problems)
        {
            output.WriteLine(problem);
        }

        if (reportBugLines)
        {
            output.WriteLine($"a report on the '// BUG:' line in {onBugLine} of {buggy} buggy programs");
            foreach (var placement in placements)
            {
                output.WriteLine(placement);
            }
        }

        return new Measurement(files.Length, buggy, found, correct, problems);
    }

    /// <summary>The zero-based lines that carry a <c>// BUG:</c> comment.</summary>
    private static List<int> BugLines(string text) =>
        text.Split('\n').Select((line, i) => (line, i)).Where(x => x.line.Contains("// BUG:", StringComparison.Ordinal)).Select(x => x.i).ToList();

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
