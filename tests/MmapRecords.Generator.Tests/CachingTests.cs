using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace MmapRecords.Generator.Tests;

/// <summary>
/// The generator's incremental pipeline caches: a second run over the same (or an unrelated-edited) compilation
/// regenerates nothing, a changed record regenerates only itself, and no step output holds Roslyn objects.
/// </summary>
public sealed class CachingTests
{
    private const string Geometry = SeedRecords.Header + SeedRecords.Geometry;

    // Vertex with a method of its own, which an edit changes.
    private static readonly string Vertices = SeedRecords.Header + SeedRecords.WithMembers(SeedRecords.Vertex, "    public float Height() => Position.Y * 2;") + "\n\n" + """
        public enum Kind : byte { A, B }

        [Record(Size = 5, Stride = 8)]
        public readonly partial struct Marker
        {
            [Field(0)] public partial Kind Kind { get; }
            [Field(1)] public partial int Id { get; }
        }
        """;

    private const string Unrelated = """
        namespace Demo;

        public static class Program
        {
            public static int Main() => 0;
        }
        """;

    private static readonly string[] TrackedStepNames =
        typeof(TrackingNames).GetFields(BindingFlags.Public | BindingFlags.Static | BindingFlags.NonPublic)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToArray();

    private static readonly Type[] BannedTypes =
        [typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(Location), typeof(SemanticModel), typeof(Compilation), typeof(IOperation)];

    [Fact]
    public void Tracking_names_cover_the_pipeline()
    {
        Assert.Equal(["LanguageVersion", "ParsedRecords", "Records", "StrayFields", "ValidRecords"], TrackedStepNames.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_second_run_over_the_same_sources_caches_every_step_and_output()
    {
        var compilation = GeneratorHarness.Compile(Geometry, Vertices, Unrelated);
        var first = GeneratorHarness.CreateDriver().RunGenerators(compilation);
        var second = first.RunGenerators(compilation.Clone()).GetRunResult().Results.Single();

        AssertAllStepsCachedOrUnchanged(second);
        AssertAllOutputsCached(second);
    }

    [Fact]
    public void Editing_an_unrelated_file_caches_every_step_and_output()
    {
        var compilation = GeneratorHarness.Compile(Geometry, Vertices, Unrelated);
        var first = GeneratorHarness.CreateDriver().RunGenerators(compilation);
        var edited = Replace(compilation, 2, Unrelated.Replace("=> 0;", "=> 42;\n    public static void Log() { }", StringComparison.Ordinal));
        var second = first.RunGenerators(edited).GetRunResult().Results.Single();

        AssertAllStepsCachedOrUnchanged(second);
        AssertAllOutputsCached(second);
        Assert.Equal(4, second.GeneratedSources.Length);
    }

    [Fact]
    public void Editing_a_method_body_inside_a_record_caches_every_output()
    {
        var compilation = GeneratorHarness.Compile(Geometry, Vertices, Unrelated);
        var first = GeneratorHarness.CreateDriver().RunGenerators(compilation);
        var edited = Replace(compilation, 1, Vertices.Replace("Position.Y * 2", "Position.Y * 3 + Position.X", StringComparison.Ordinal));
        var second = first.RunGenerators(edited).GetRunResult().Results.Single();

        AssertAllStepsCachedOrUnchanged(second);
        AssertAllOutputsCached(second);
    }

    [Fact]
    public void Changing_the_stride_of_one_record_regenerates_exactly_that_record()
    {
        var compilation = GeneratorHarness.Compile(Geometry, Vertices, Unrelated);
        var first = GeneratorHarness.CreateDriver().RunGenerators(compilation);
        var before = first.GetRunResult().Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());

        var edited = Replace(compilation, 1, Vertices.Replace("Size = 5, Stride = 8", "Size = 5, Stride = 16", StringComparison.Ordinal));
        var second = first.RunGenerators(edited).GetRunResult().Results.Single();

        Assert.All(
            second.TrackedSteps[TrackingNames.LanguageVersion].SelectMany(step => step.Outputs),
            output => Assert.Contains(output.Reason, new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged }));
        foreach (var name in new[] { TrackingNames.Records, TrackingNames.ValidRecords })
        {
            foreach (var (value, reason) in second.TrackedSteps[name].SelectMany(step => step.Outputs))
            {
                var record = Assert.IsAssignableFrom<Model.RecordModel>(value);
                if (record.Name == "Marker")
                {
                    Assert.Equal(IncrementalStepRunReason.Modified, reason);
                    Assert.Equal(16, record.Stride);
                }
                else
                {
                    Assert.True(
                        reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                        $"Step {name}: {record.Name} was {reason}, but only Marker changed.");
                }
            }
        }

        // Exactly one source output ran again; the others were served from the cache.
        var outputs = second.TrackedOutputSteps.SelectMany(o => o.Value).SelectMany(step => step.Outputs).ToList();
        Assert.Single(outputs, o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.All(outputs.Where(o => o.Reason != IncrementalStepRunReason.Modified), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));

        var after = second.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["Demo.Marker.g.cs"], before.Keys.Where(k => before[k] != after[k]));
        Assert.Contains("Stride => 16;", after["Demo.Marker.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void Changing_a_nested_record_in_another_file_updates_the_record_that_contains_it()
    {
        // Vertex's model depends on Vector's Size (it decides whether Position fits), though Vertex's file is untouched.
        var compilation = GeneratorHarness.Compile(Geometry, Vertices, Unrelated);
        var first = GeneratorHarness.CreateDriver().RunGenerators(compilation);
        var edited = Replace(compilation, 0, Geometry.Replace("Size = 12", "Size = 20", StringComparison.Ordinal));
        var second = first.RunGenerators(edited).GetRunResult().Results.Single();

        var vertex = second.TrackedSteps[TrackingNames.Records].SelectMany(s => s.Outputs)
            .Select(o => (Record: (Model.RecordModel)o.Value, o.Reason))
            .Single(o => o.Record.Name == "Vertex");
        Assert.False(vertex.Record.IsValid, "Position (20 bytes at offset 0) no longer fits in Vertex's 18 bytes.");
        Assert.Equal(IncrementalStepRunReason.Modified, vertex.Reason);
    }

    [Fact]
    public void No_step_output_holds_a_symbol_syntax_node_location_semantic_model_or_compilation()
    {
        // Mistakes too, so that the generator's own diagnostics (with their plain locations) and a stray field are walked.
        const string Mistakes = """
            using MmapRecords;

            namespace Demo;

            [Record(Size = 4)]
            public readonly partial struct Init
            {
                [Field(0)] public partial int Value { get; init; }
            }

            public partial struct Forgotten
            {
                [Field(0)] public partial int Value { get; }
            }
            """;
        var compilation = GeneratorHarness.Compile(Geometry, Vertices, Unrelated, Mistakes);
        var first = GeneratorHarness.CreateDriver().RunGenerators(compilation);
        var edited = Replace(compilation, 1, Vertices.Replace("Size = 5, Stride = 8", "Size = 5, Stride = 12", StringComparison.Ordinal));
        var runs = new[] { first.GetRunResult().Results.Single(), first.RunGenerators(edited).GetRunResult().Results.Single() };

        var walked = 0;
        foreach (var run in runs)
        {
            foreach (var name in TrackedStepNames)
            {
                Assert.True(run.TrackedSteps.ContainsKey(name), $"Step {name} was not tracked.");
                foreach (var (value, _) in run.TrackedSteps[name].SelectMany(step => step.Outputs))
                {
                    AssertNoBannedTypes(value, name, new HashSet<object>(ReferenceEqualityComparer.Instance));
                    walked++;
                }
            }
        }

        Assert.True(walked >= 8, $"Only {walked} step outputs were walked.");
    }

    [Fact]
    public void A_diagnostics_only_change_moves_the_overlap_warning_but_does_not_re_emit_source()
    {
        const string Row = """
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
        var moved = Row.Replace("namespace Demo;", "namespace Demo;\n\n// a comment that moves every line below it\n", StringComparison.Ordinal);

        // The analyzer's MMR004 moves with the source ...
        var before = GeneratorHarness.Analyze(Row).Single(d => d.Id == "MMR004").Location.GetLineSpan().StartLinePosition.Line;
        var after = GeneratorHarness.Analyze(moved).Single(d => d.Id == "MMR004").Location.GetLineSpan().StartLinePosition.Line;
        Assert.Equal(before + 3, after);

        // ... while the generator's model (which holds no locations) is equal, so nothing is emitted again.
        var compilation = GeneratorHarness.Compile(Row);
        var first = GeneratorHarness.CreateDriver().RunGenerators(compilation);
        var second = first.RunGenerators(Replace(compilation, 0, moved)).GetRunResult().Results.Single();
        AssertAllStepsCachedOrUnchanged(second);
        Assert.All(
            second.TrackedOutputSteps.SelectMany(o => o.Value).SelectMany(step => step.Outputs),
            output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, output.Reason.ToString()));
    }

    [Fact]
    public void The_banned_type_walk_finds_a_location_hidden_in_a_collection()
    {
        var holder = new { Items = new List<object> { 1, "text", Tuple.Create(Location.None) } };

        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => AssertNoBannedTypes(holder, "holder", new HashSet<object>(ReferenceEqualityComparer.Instance)));
    }

    private static void AssertAllStepsCachedOrUnchanged(GeneratorRunResult result)
    {
        foreach (var name in TrackedStepNames)
        {
            // These sources have no [Field] outside a record, so the stray-field step has nothing to track.
            if (name == TrackingNames.StrayFields)
            {
                continue;
            }

            Assert.True(result.TrackedSteps.TryGetValue(name, out var steps), $"Step {name} was not tracked.");
            var outputs = steps.SelectMany(step => step.Outputs).ToList();
            Assert.NotEmpty(outputs);
            Assert.All(outputs, output => Assert.True(
                output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                $"Step {name}: {output.Value} was {output.Reason}."));
        }
    }

    private static void AssertAllOutputsCached(GeneratorRunResult result)
    {
        var outputs = result.TrackedOutputSteps.SelectMany(o => o.Value).SelectMany(step => step.Outputs).ToList();
        Assert.NotEmpty(outputs);
        Assert.All(outputs, output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    private static Compilation Replace(Compilation compilation, int index, string newText)
    {
        var old = compilation.SyntaxTrees.ElementAt(index);
        return compilation.ReplaceSyntaxTree(old, CSharpSyntaxTree.ParseText(newText, GeneratorHarness.ParseOptions, old.FilePath));
    }

    private static void AssertNoBannedTypes(object? node, string path, HashSet<object> visited)
    {
        if (node is null || !visited.Add(node))
        {
            return;
        }

        var type = node.GetType();
        foreach (var banned in BannedTypes)
        {
            Assert.False(banned.IsAssignableFrom(type), $"{path} holds a {type.FullName}, which is a {banned.Name}.");
        }

        if (type.IsPrimitive || type.IsEnum || node is string || node is decimal)
        {
            return;
        }

        if (node is IEnumerable enumerable)
        {
            var i = 0;
            foreach (var item in enumerable)
            {
                AssertNoBannedTypes(item, $"{path}[{i++}]", visited);
            }
        }

        for (var current = type; current is not null && current != typeof(object); current = current.BaseType)
        {
            foreach (var field in current.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                AssertNoBannedTypes(field.GetValue(node), $"{path}.{field.Name}", visited);
            }
        }
    }
}
