using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using MmapRecords.Generator.Diagnostics;

namespace MmapRecords.Generator.Tests;

/// <summary>Every descriptor in <see cref="Descriptors"/> has a page under docs/diagnostics that agrees with it.</summary>
public sealed class DocumentationTests
{
    public static TheoryData<string> DescriptorIds()
    {
        var data = new TheoryData<string>();
        foreach (var id in AllDescriptors().Select(d => d.Id).Distinct())
        {
            data.Add(id);
        }

        return data;
    }

    [Fact]
    public void Descriptors_are_found_by_reflection() =>
        Assert.Contains(AllDescriptors(), d => d.Id == "MMR001");

    [Theory]
    [MemberData(nameof(DescriptorIds))]
    public void Each_descriptor_has_a_page_whose_title_severity_and_category_agree(string id)
    {
        // An id may have several descriptors (one message format per variant of the mistake): they must agree too.
        var descriptors = AllDescriptors().Where(d => d.Id == id).ToArray();
        var descriptor = descriptors[0];
        Assert.All(descriptors, d => Assert.Equal((descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture), descriptor.DefaultSeverity, descriptor.Category, descriptor.HelpLinkUri), (d.Title.ToString(System.Globalization.CultureInfo.InvariantCulture), d.DefaultSeverity, d.Category, d.HelpLinkUri)));
        var page = Path.Combine(RepositoryRoot(), "docs", "diagnostics", id + ".md");
        Assert.True(File.Exists(page), $"docs/diagnostics/{id}.md is missing");

        var lines = File.ReadAllLines(page);
        Assert.Equal($"# {id}: {descriptor.Title}", lines[0]);
        Assert.Contains($"Severity: {descriptor.DefaultSeverity}", lines);
        Assert.Contains($"Category: {descriptor.Category}", lines);
        Assert.EndsWith($"docs/diagnostics/{id}.md", descriptor.HelpLinkUri, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Every_descriptor_is_in_the_release_tracking_file()
    {
        var unshipped = File.ReadAllText(Path.Combine(RepositoryRoot(), "src", "Generator", "AnalyzerReleases.Unshipped.md"));
        foreach (var descriptor in AllDescriptors())
        {
            Assert.Contains($"{descriptor.Id} | {descriptor.Category} | {descriptor.DefaultSeverity}", unshipped, System.StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// The index of docs/diagnostics names a code fix for exactly the ids that a code fix provider of the package
    /// fixes, so that the table cannot promise a light bulb that is not there, nor hide one that is.
    /// </summary>
    [Fact]
    public void The_index_names_a_code_fix_for_exactly_the_fixable_ids()
    {
        var fixable = typeof(MmapRecords.CodeFixes.DetachCodeFix).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider).IsAssignableFrom(t))
            .SelectMany(t => ((Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider)System.Activator.CreateInstance(t)!).FixableDiagnosticIds)
            .Distinct()
            .Order()
            .ToArray();
        var rows = File.ReadAllLines(Path.Combine(RepositoryRoot(), "docs", "diagnostics", "README.md"))
            .Select(l => Regex.Match(l, @"^\| \[(MMR\d{3})\]\(MMR\d{3}\.md\) \|[^|]*\|[^|]*\| (.+) \|$"))
            .Where(m => m.Success)
            .ToArray();

        Assert.Equal(AllDescriptors().Select(d => d.Id).Distinct().Order(), rows.Select(m => m.Groups[1].Value).Order());
        Assert.Equal(fixable, rows.Where(m => m.Groups[2].Value != "—").Select(m => m.Groups[1].Value).Order());
    }

    /// <summary>
    /// The example of a layout page, compiled with the generator and the layout analyzer, reports exactly the
    /// diagnostics its <c>// MMRxxx</c> comments announce, on their lines, including the page's own id, and no
    /// compiler error: the page shows the mistake it describes.
    /// </summary>
    [Theory]
    [InlineData("MMR001")]
    [InlineData("MMR003")]
    [InlineData("MMR004")]
    [InlineData("MMR006")]
    [InlineData("MMR007")]
    [InlineData("MMR008")]
    [InlineData("MMR010")]
    [InlineData("MMR011")]
    [InlineData("MMR012")]
    [InlineData("MMR013")]
    [InlineData("MMR014")]
    [InlineData("MMR015")]
    [InlineData("MMR016")]
    public void Each_layout_page_example_reports_the_diagnostics_it_announces(string id)
    {
        var example = Example(File.ReadAllLines(Path.Combine(RepositoryRoot(), "docs", "diagnostics", id + ".md")));
        Assert.True(example.Length > 0, $"docs/diagnostics/{id}.md has no C# example");
        const string Usings = "using System;\nusing MmapRecords;\n";
        var source = Usings + string.Join("\n", example);
        var offset = 2;

        var announced = example
            .Select((line, index) => (Line: index + 1 + offset, Match: Regex.Match(line, @"// (MMR\d{3})")))
            .Where(l => l.Match.Success)
            .Select(l => (l.Line, l.Match.Groups[1].Value))
            .Order()
            .ToArray();
        Assert.Contains(announced, a => a.Value == id);

        var reported = GeneratorHarness.Analyze(source)
            .Select(d => (d.Location.GetLineSpan().StartLinePosition.Line + 1, d.Id))
            .Distinct()
            .Order()
            .ToArray();
        Assert.Equal(announced, reported);

        var (_, diagnostics, _) = GeneratorHarness.Generate(source);
        var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error && !d.Id.StartsWith("MMR", System.StringComparison.Ordinal)).ToArray();
        Assert.True(errors.Length == 0, GeneratorHarness.Format(errors));
    }

    /// <summary>The lines of the first <c>csharp</c> code block under the page's "## Example" heading.</summary>
    private static string[] Example(string[] page) =>
        page.SkipWhile(l => l != "## Example")
            .SkipWhile(l => l != "```csharp")
            .Skip(1)
            .TakeWhile(l => l != "```")
            .ToArray();

    private static DiagnosticDescriptor[] AllDescriptors() =>
        typeof(Descriptors).GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .ToArray();

    private static string RepositoryRoot([CallerFilePath] string file = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, "..", ".."));
}
