using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
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

    private static DiagnosticDescriptor[] AllDescriptors() =>
        typeof(Descriptors).GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .ToArray();

    private static string RepositoryRoot([CallerFilePath] string file = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, "..", ".."));
}
