using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using MmapRecords;
using MmapRecords.Generator;

// The generator's own cost: a project of 1,000 [Record] structs of 10 fields each (100 files of 10 records,
// plus one unrelated file), compiled against the .NET 10 reference assemblies and the runtime.
//   1. binding the project without the generator, running the generator, emitting the generated project;
//   2. the typing scenario: an edit in the unrelated file, then the generator again — every step must be
//      cached or unchanged and nothing regenerated.
// Mode 'lifetime' measures the lifetime analyzer instead: see LifetimeCost.
//   dotnet run -c Release --project benchmarks/GeneratorCost -- lifetime [methods] [records]
if (args.Length > 0 && args[0] == "lifetime")
{
    return await MmapRecords.Generator.Cost.LifetimeCost.RunAsync(
        args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 4000,
        args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 200);
}

const int Records = 1000;
const int Fields = 10;
const int RecordsPerFile = 10;
const int Repetitions = 3;
var invariant = CultureInfo.InvariantCulture;

var parseOptions = new CSharpParseOptions(LanguageVersion.CSharp13);
var references = Basic.Reference.Assemblies.Net100.References.All
    .Append(MetadataReference.CreateFromFile(typeof(MappedFile).Assembly.Location))
    .ToArray();

var sources = new List<(string Path, string Text)>();
for (var file = 0; file < Records / RecordsPerFile; file++)
{
    var text = new StringBuilder("using MmapRecords;\n\nnamespace Synthetic;\n");
    for (var r = 0; r < RecordsPerFile; r++)
    {
        text.Append(RecordSource(file * RecordsPerFile + r));
    }

    sources.Add(($"Records{file}.cs", text.ToString()));
}

const string Unrelated = """
    namespace Synthetic;

    public static class Unrelated
    {
        public static int Answer() => 42;
    }
    """;
sources.Add(("Unrelated.cs", Unrelated));

CSharpCompilation Compile() => CSharpCompilation.Create(
    "Synthetic",
    sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, parseOptions, s.Path)),
    references,
    new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

GeneratorDriver NewDriver() => CSharpGeneratorDriver.Create(
    [new RecordGenerator().AsSourceGenerator()],
    parseOptions: parseOptions,
    driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

var bind = new List<double>();
var generate = new List<double>();
var generateDriver = new List<double>();
var emit = new List<double>();
var incremental = new List<double>();
var generatedFiles = 0;
var generatedBytes = 0L;
var errors = 0;
IReadOnlyDictionary<IncrementalStepRunReason, int> reasons = new Dictionary<IncrementalStepRunReason, int>();
var outputReasons = new Dictionary<IncrementalStepRunReason, int>();

// One warm-up round (JIT of Roslyn and the generator), then the measured rounds: each on a fresh compilation
// and a fresh driver, so nothing is cached between rounds.
for (var round = 0; round <= Repetitions; round++)
{
    var measured = round > 0;

    // 1a. The project without the generator: parse + bind every method (errors are expected: the partial
    //     properties have no implementation without it).
    var watch = Stopwatch.StartNew();
    var plain = Compile();
    _ = plain.GetDiagnostics();
    if (measured)
    {
        bind.Add(watch.Elapsed.TotalMilliseconds);
    }

    // 1b. The generator on a fresh compilation.
    var compilation = Compile();
    watch.Restart();
    var driver = NewDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
    var elapsed = watch.Elapsed.TotalMilliseconds;
    var timing = driver.GetTimingInfo();
    if (measured)
    {
        generate.Add(elapsed);
        generateDriver.Add(timing.ElapsedTime.TotalMilliseconds);
    }

    // 1c. The generated project: parse + bind everything, as 1a does without the generator.
    watch.Restart();
    errors = output.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);

    if (measured)
    {
        emit.Add(watch.Elapsed.TotalMilliseconds);
    }

    var run = driver.GetRunResult();
    generatedFiles = run.GeneratedTrees.Length;
    generatedBytes = run.GeneratedTrees.Sum(t => (long)t.Length);

    // 2. Typing in the unrelated file: replace its tree with an edited one and run the same driver again.
    var unrelated = compilation.SyntaxTrees.Single(t => t.FilePath == "Unrelated.cs");
    var edited = compilation.ReplaceSyntaxTree(unrelated, CSharpSyntaxTree.ParseText(Unrelated.Replace("42", "43", StringComparison.Ordinal), parseOptions, "Unrelated.cs"));
    watch.Restart();
    driver = driver.RunGenerators(edited);
    if (measured)
    {
        incremental.Add(watch.Elapsed.TotalMilliseconds);
    }

    var second = driver.GetRunResult().Results.Single();
    reasons = second.TrackedSteps
        .Where(step => step.Key is "Records" or "ValidRecords")
        .SelectMany(step => step.Value)
        .SelectMany(step => step.Outputs)
        .GroupBy(o => o.Reason)
        .ToDictionary(g => g.Key, g => g.Count());
    outputReasons = second.TrackedOutputSteps
        .SelectMany(step => step.Value)
        .SelectMany(step => step.Outputs)
        .GroupBy(o => o.Reason)
        .ToDictionary(g => g.Key, g => g.Count());
}

static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

var notCached = reasons.Where(r => r.Key is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged)).Sum(r => r.Value)
    + outputReasons.Where(r => r.Key is not IncrementalStepRunReason.Cached).Sum(r => r.Value);
Console.WriteLine($"Synthetic project: {Records} records x {Fields} fields in {sources.Count} files; generated {generatedFiles} files ({generatedBytes / 1024} KiB), {errors} compile errors.");
Console.WriteLine($"Median of {Repetitions} rounds (after one warm-up round), each on a fresh compilation and driver:");
Console.WriteLine();
Console.WriteLine("| step | time (ms) | vs binding without the generator |");
Console.WriteLine("|---|---:|---:|");
var baseline = Median(bind);
void Row(string name, List<double> values) =>
    Console.WriteLine(string.Create(invariant, $"| {name} | {Median(values):F0} | {Median(values) / baseline:F2}x |"));
Row("parse + bind the project without the generator", bind);
Row("run the generator (RunGeneratorsAndUpdateCompilation, wall clock)", generate);
Row("run the generator (GeneratorDriverTimingInfo.ElapsedTime)", generateDriver);
Row("parse + bind the project with the generated code", emit);
Row("typing: edit in an unrelated file, run the generator again", incremental);
Console.WriteLine();
Console.WriteLine("Typing scenario, step outputs of the second run by reason:");
Console.WriteLine($"  tracked steps (Records, ValidRecords): {string.Join(", ", reasons.Select(r => $"{r.Key} {r.Value}"))}");
Console.WriteLine($"  source outputs: {string.Join(", ", outputReasons.Select(r => $"{r.Key} {r.Value}"))}");
Console.WriteLine(notCached == 0 ? "  every step cached or unchanged: nothing regenerated" : $"  {notCached} step outputs were recomputed");
return notCached == 0 && errors == 0 ? 0 : 1;

static string RecordSource(int index)
{
    // Ten fields of mixed widths, one of them big-endian and one a nested-free bool.
    (string Type, int Width)[] fields =
    [
        ("int", 4), ("float", 4), ("double", 8), ("ushort", 2), ("long", 8),
        ("byte", 1), ("short", 2), ("uint", 4), ("ulong", 8), ("bool", 1),
    ];
    var text = new StringBuilder();
    var size = fields.Sum(f => f.Width);
    text.Append(CultureInfo.InvariantCulture, $"\n[Record(Size = {size}, Stride = {size + 2})]\npublic readonly partial struct Record{index}\n{{\n");
    var offset = 0;
    for (var f = 0; f < fields.Length; f++)
    {
        var order = f == 7 ? ", ByteOrder = ByteOrder.BigEndian" : "";
        var setter = f % 3 == 0 ? " set;" : "";
        text.Append(CultureInfo.InvariantCulture, $"    [Field({offset}{order})] public partial {fields[f].Type} Field{f} {{ get;{setter} }}\n");
        offset += fields[f].Width;
    }

    return text.Append("}\n").ToString();
}
