using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using MmapRecords.Generator.Analyzers;

namespace MmapRecords.Generator.Tests;

/// <summary>
/// The generator and the analyzer never throw: hundreds of malformed and half-typed declarations go through both,
/// and none may produce a generator exception (CS8785), an analyzer exception (AD0001) or throw.
/// </summary>
public sealed partial class RobustnessTests
{
    private const string Valid = """
        using System;
        using MmapRecords;

        namespace Shapes;

        public enum Kind : ushort { A, B }

        [Record(Size = 3, Stride = 4)]
        public readonly partial struct Pair
        {
            [Field(0)] public partial byte A { get; }
            [Field(1)] public partial ushort B { get; set; }
        }

        [Record(Size = 40, ByteOrder = ByteOrder.BigEndian)]
        public partial struct Row
        {
            [Field(0)] public partial int Id { get; set; }
            [Field(4, Length = 8, Encoding = TextEncoding.Latin1)] public partial string Name { get; set; }
            [Field(12, Length = 2)] public partial Pair[] Pairs { get; }
            [Field(19, Length = 2, ByteOrder = ByteOrder.LittleEndian)] public partial ReadOnlySpan<short> Shorts { get; }
            [Field(23)] public partial Pair Single { get; }
            [Field(26)] public partial Kind Kind { get; }
            [Field(28, Length = 3)] public partial float[] Floats { get; set; }
        }

        public static partial class Outer
        {
            [Record(Size = 1)]
            internal partial struct Tiny { [Field(0)] public partial bool Flag { get; } }
        }
        """;

    private static readonly string[] NumberMutations = ["-1", "0", "int.MaxValue", "int.MinValue", "\"x\"", "", "1.5", "null", "Size", "(ByteOrder)9", "(TextEncoding)(-1)", "1 +", "0x7FFFFFF0"];

    private static readonly string[] TypeMutations = ["Missing", "int?", "void", "dynamic", "ReadOnlySpan<>", "Span<Missing>", "int[][]", "(int, int)", "Row", "Pair?", "Kind[]", "string[]", "object", "Memory<int>", "ReadOnlySpan<Pair>", "Span<bool>", "Row[]", "int*"];

    private static readonly string[] ShapeMutations = ["{ }", "{ get; init; }", ";", "{ get => 1; }", "{ set; }", "{ get; set; set; }", "{ get; private init; }", "{ get", "=> 0;", "{ get; } = 5;"];

    public static IEnumerable<string> Mutants()
    {
        // Typing in progress: the source cut at many points.
        for (var cut = 0; cut < Valid.Length; cut += 6)
        {
            yield return Valid[..cut];
        }

        // Attribute arguments: each number replaced.
        var numbers = NumberPattern().Matches(Valid).ToArray();
        for (var i = 0; i < numbers.Length; i++)
        {
            yield return Replace(Valid, numbers[i], NumberMutations[i % NumberMutations.Length]);
            yield return Replace(Valid, numbers[i], NumberMutations[(i + 5) % NumberMutations.Length]);
        }

        // Field types.
        var types = TypePattern().Matches(Valid).ToArray();
        foreach (var (match, i) in types.Select((m, i) => (m, i)))
        {
            foreach (var mutation in TypeMutations.Where((_, j) => (i + j) % 2 == 0))
            {
                yield return Replace(Valid, match.Groups[1], mutation);
            }
        }

        // Property shapes.
        var shapes = ShapePattern().Matches(Valid).ToArray();
        foreach (var (match, i) in shapes.Select((m, i) => (m, i)))
        {
            foreach (var mutation in ShapeMutations.Where((_, j) => (i + j) % 2 == 0))
            {
                yield return Replace(Valid, match, mutation);
            }
        }

        // Keywords and attributes removed one at a time.
        foreach (var word in new[] { "partial ", "readonly ", "[Record(Size = 40, ByteOrder = ByteOrder.BigEndian)]", "using MmapRecords;", "namespace Shapes;", "[Field(0)] ", "Length = 2", "Size = 3, " })
        {
            var at = 0;
            while ((at = Valid.IndexOf(word, at, StringComparison.Ordinal)) >= 0)
            {
                yield return Valid.Remove(at, word.Length);
                at += word.Length;
            }
        }
    }

    [Fact]
    public async Task Hundreds_of_malformed_declarations_never_make_the_generator_or_analyzer_throw()
    {
        var mutants = Mutants().Distinct().ToArray();
        Assert.True(mutants.Length >= 300, $"only {mutants.Length} mutants");

        var failures = new List<string>();
        foreach (var source in mutants)
        {
            try
            {
                var compilation = GeneratorHarness.Compile(source);
                var driver = GeneratorHarness.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
                var run = driver.GetRunResult();
                var exceptions = new List<Exception>();
                var options = new CompilationWithAnalyzersOptions(
                    new AnalyzerOptions([]),
                    onAnalyzerException: (exception, _, _) => { lock (exceptions) { exceptions.Add(exception); } },
                    concurrentAnalysis: false,
                    logAnalyzerExecutionTime: false);
                var analyzerDiagnostics = await output.WithAnalyzers([new LayoutAnalyzer()], options).GetAnalyzerDiagnosticsAsync();

                var bad = generatorDiagnostics.Concat(analyzerDiagnostics).Concat(run.Diagnostics)
                    .Where(d => d.Id is "CS8785" or "AD0001")
                    .Select(d => d.ToString())
                    .Concat(run.Results.Where(r => r.Exception is not null).Select(r => r.Exception!.ToString()))
                    .Concat(exceptions.Select(e => e.ToString()))
                    .ToArray();
                if (bad.Length > 0)
                {
                    failures.Add(Describe(source, bad));
                }
            }
            catch (Exception exception)
            {
                failures.Add(Describe(source, [exception.ToString()]));
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {mutants.Length} mutants failed:\n{string.Join("\n\n", failures.Take(5))}");
    }

    private static string Replace(string text, Capture capture, string replacement) =>
        string.Concat(text.AsSpan(0, capture.Index), replacement, text.AsSpan(capture.Index + capture.Length));

    private static string Describe(string source, IEnumerable<string> problems) =>
        "--- source ---\n" + source + "\n--- problems ---\n" + string.Join("\n", problems);

    [GeneratedRegex(@"(?<=[\(= ])\d+(?=[,\)])")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"public partial ([\w\[\]<>]+) \w+ ")]
    private static partial Regex TypePattern();

    [GeneratedRegex(@"\{ get; (set; )?\}")]
    private static partial Regex ShapePattern();
}
