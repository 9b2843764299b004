using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace MmapRecords.Generator.Tests;

/// <summary>The generator's steps cache: unchanged records are not re-parsed or re-emitted.</summary>
public sealed class IncrementalTests
{
    private const string Records = """
        using System;
        using MmapRecords;

        namespace Demo;

        [Record(Size = 16, Stride = 16)]
        public readonly partial struct Row
        {
            [Field(0)] public partial int Id { get; }
            [Field(2)] public partial short Overlapping { get; }
            [Field(4, Length = 8)] public partial string Name { get; }
            [Field(12, Length = 2)] public partial ushort[] Values { get; }
        }
        """;

    private static readonly string[] Steps = [TrackingNames.Records, TrackingNames.ValidRecords];

    private static (GeneratorDriver Driver, CSharpCompilation Compilation) FirstRun(params string[] sources)
    {
        var compilation = GeneratorHarness.Compile(sources);
        return (GeneratorHarness.CreateDriver().RunGenerators(compilation), compilation);
    }

    private static IEnumerable<IncrementalStepRunReason> Reasons(GeneratorRunResult result, string step) =>
        result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason);

    private static IEnumerable<IncrementalStepRunReason> OutputReasons(GeneratorRunResult result) =>
        result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Select(o => o.Reason);

    [Fact]
    public void A_second_run_on_the_same_compilation_is_all_cached()
    {
        var (driver, compilation) = FirstRun(Records);
        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        foreach (var step in Steps)
        {
            Assert.All(Reasons(result, step), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        }

        Assert.All(OutputReasons(result), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
    }

    [Fact]
    public void An_unrelated_file_or_a_method_body_does_not_re_emit()
    {
        var (driver, compilation) = FirstRun(Records, "class Other { void M() { } }");
        var edited = compilation.ReplaceSyntaxTree(
            compilation.SyntaxTrees.Last(),
            CSharpSyntaxTree.ParseText("class Other { void M() { var x = 1; } }", GeneratorHarness.ParseOptions, path: "Source1.cs"));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        Assert.All(Reasons(result, TrackingNames.ValidRecords), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.ToString()));
        Assert.All(OutputReasons(result), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.ToString()));
    }

    [Fact]
    public void A_diagnostics_only_change_moves_the_overlap_warning_but_does_not_re_emit_source()
    {
        var (driver, compilation) = FirstRun(Records);
        var moved = Records.Replace("namespace Demo;", "namespace Demo;\n\n// a comment that moves every line below it\n", StringComparison.Ordinal);
        var edited = compilation.ReplaceSyntaxTree(compilation.SyntaxTrees.Single(), CSharpSyntaxTree.ParseText(moved, GeneratorHarness.ParseOptions, path: "Source0.cs"));

        // The analyzer's MMR004 moved with the source ...
        var before = GeneratorHarness.Analyze(Records).Single(d => d.Id == "MMR004").Location.GetLineSpan().StartLinePosition.Line;
        var after = GeneratorHarness.Analyze(moved).Single(d => d.Id == "MMR004").Location.GetLineSpan().StartLinePosition.Line;
        Assert.Equal(before + 3, after);

        // ... while the generator's model is equal, so nothing is emitted again.
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();
        Assert.Contains(IncrementalStepRunReason.Unchanged, Reasons(result, TrackingNames.Records));
        Assert.All(OutputReasons(result), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.ToString()));
    }

    [Fact]
    public void Changing_Stride_re_emits_the_record()
    {
        var (driver, compilation) = FirstRun(Records);
        var edited = compilation.ReplaceSyntaxTree(
            compilation.SyntaxTrees.Single(),
            CSharpSyntaxTree.ParseText(Records.Replace("Stride = 16", "Stride = 20", StringComparison.Ordinal), GeneratorHarness.ParseOptions, path: "Source0.cs"));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(result, TrackingNames.Records));
        Assert.Contains(IncrementalStepRunReason.Modified, OutputReasons(result));
        Assert.Contains("Stride => 20", result.GeneratedSources.Single().SourceText.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void No_step_output_holds_a_symbol_syntax_node_location_or_compilation()
    {
        var (driver, _) = FirstRun(Records);
        var result = driver.GetRunResult().Results.Single();
        var banned = new[] { typeof(ISymbol), typeof(SyntaxNode), typeof(Location), typeof(Compilation), typeof(SemanticModel) };

        foreach (var step in Steps)
        {
            foreach (var output in result.TrackedSteps[step].SelectMany(s => s.Outputs))
            {
                Walk(output.Value, banned, new HashSet<object>(ReferenceEqualityComparer.Instance), step);
            }
        }
    }

    private static void Walk(object? value, Type[] banned, HashSet<object> seen, string path)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
        {
            return;
        }

        Assert.False(banned.Any(b => b.IsInstanceOfType(value)), $"{path} holds a {value.GetType()}");
        if (value is IEnumerable items)
        {
            foreach (var item in items)
            {
                Walk(item, banned, seen, path + "[]");
            }

            return;
        }

        foreach (var field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            Walk(field.GetValue(value), banned, seen, path + "." + field.Name);
        }
    }
}
