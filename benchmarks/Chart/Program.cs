using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using ScottPlot;

// Usage: Chart <BenchmarkDotNet results folder> <output.png>
// Reads every *-report-brief.json that BenchmarkDotNet wrote, and draws, for each operation, every variant's
// time relative to the hand-written byte* loop of the same run (method "BytePointer"), on a log scale.
var results = args.Length > 0 ? args[0] : "BenchmarkDotNet.Artifacts/results";
var output = args.Length > 1 ? args[1] : "benchmarks.png";
var invariant = CultureInfo.InvariantCulture;

var groups = new List<(string Title, List<(string Name, double Ratio, bool Ours)> Rows)>();
string[] order = ["ScanBenchmarks", "RandomReadBenchmarks", "SmallFileBenchmarks"];
var titles = new Dictionary<string, string>
{
    ["ScanBenchmarks"] = "Full scan, 1 GB",
    ["RandomReadBenchmarks"] = "1,000,000 random reads",
    ["SmallFileBenchmarks"] = "Open + read + close, 20 records",
};
foreach (var file in Directory.GetFiles(results, "*-report-brief.json").OrderBy(f => Array.IndexOf(order, TypeOf(f)) is var i && i < 0 ? 99 : i))
{
    using var json = JsonDocument.Parse(File.ReadAllText(file));
    var benchmarks = json.RootElement.GetProperty("Benchmarks").EnumerateArray()
        .Select(b => (
            Type: b.GetProperty("Type").GetString()!,
            Method: b.GetProperty("Method").GetString()!,
            Title: b.GetProperty("MethodTitle").GetString()!.Trim('\''),
            Mean: b.GetProperty("Statistics").GetProperty("Mean").GetDouble()))
        .ToList();
    var baseline = benchmarks.Single(b => b.Method == "BytePointer").Mean;
    var type = benchmarks[0].Type;
    groups.Add((titles.GetValueOrDefault(type, type), benchmarks
        .Select(b => (b.Title, b.Mean / baseline, b.Title.StartsWith("MmapRecords", StringComparison.Ordinal)))
        .OrderBy(r => r.Item2)
        .ToList()));
}

static string TypeOf(string path) => Path.GetFileName(path).Split('-')[0].Split('.').Last();

var plot = new Plot();
var bars = new List<Bar>();
var ticks = new List<Tick>();
var position = 0.0;
var ours = Color.FromHex("#1f77b4");
var baselineColor = Color.FromHex("#2ca02c");
var others = Color.FromHex("#9e9e9e");
foreach (var (title, rows) in groups.AsEnumerable().Reverse())
{
    foreach (var (name, ratio, isOurs) in rows.AsEnumerable().Reverse())
    {
        var color = isOurs ? ours : name.Contains("hand-written", StringComparison.Ordinal) && !name.Contains("prefetch", StringComparison.Ordinal) ? baselineColor : others;
        bars.Add(new Bar
        {
            Position = position,
            ValueBase = 0,
            Value = Math.Log10(ratio) + 1, // bars start at 0.1x so that ratios below 1 still show
            FillColor = color,
            Label = ratio.ToString(ratio < 10 ? "0.00" : "0", invariant) + "x",
            CenterLabel = false,
        });
        ticks.Add(new Tick(position, name, isMajor: true));
        position += 1;
    }

    ticks.Add(new Tick(position, title.ToUpperInvariant(), isMajor: true));
    position += 1.6;
}

var barPlot = plot.Add.Bars(bars);
barPlot.Horizontal = true;
barPlot.ValueLabelStyle.FontSize = 13;
plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks.ToArray());
plot.Axes.Left.MajorTickStyle.Length = 0;
plot.Axes.Left.TickLabelStyle.FontSize = 13;
double[] marks = [0.1, 0.3, 1, 3, 10, 30, 100, 300, 1000];
plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
    marks.Select(m => new Tick(Math.Log10(m) + 1, m.ToString("0.#", invariant) + "x", isMajor: true)).ToArray());
plot.Axes.Bottom.Label.Text = "time relative to the hand-written byte* loop in the same run (log scale, lower is better)";
plot.Axes.Title.Label.Text = "MmapRecords vs the ways .NET reads a file of records";
var maxValue = bars.Max(b => b.Value);
plot.Axes.SetLimits(0, maxValue + 0.45, -1, position);
plot.Add.VerticalLine(1, 1, baselineColor, LinePattern.Dashed);
plot.Grid.YAxisStyle.IsVisible = false;
plot.SavePng(output, 1400, 40 + (int)(position * 30));
Console.WriteLine($"wrote {output}");
