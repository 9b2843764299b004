using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using MmapRecords.Generator.Diagnostics;

namespace MmapRecords.Generator.Tests.Lifetime;

/// <summary>The lifetime diagnostics' doc pages agree with their descriptors.</summary>
public class LifetimeDocumentationTests
{
    public static TheoryData<string> Ids => new() { "MMR100", "MMR101" };

    [Theory]
    [MemberData(nameof(Ids))]
    public void Doc_page_matches_the_descriptor(string id)
    {
        var descriptor = id == "MMR100" ? Descriptors.RecordOutlivesFile : Descriptors.RecordUsedAfterDispose;
        var page = Path.GetFullPath(Path.Combine(Here(), "..", "..", "..", "docs", "diagnostics", id + ".md"));
        var lines = File.ReadAllLines(page);
        Assert.Equal($"# {id}: {descriptor.Title}", lines[0]);
        Assert.Contains($"Severity: {descriptor.DefaultSeverity}", lines);
        Assert.Contains($"Category: {descriptor.Category}", lines);
        Assert.EndsWith($"docs/diagnostics/{id}.md", descriptor.HelpLinkUri, StringComparison.Ordinal);
        foreach (var heading in new[] { "## What triggers it", "## Examples that report", "## Examples that don't report", "## How to fix", "## Limits of the analysis" })
        {
            Assert.Contains(heading, lines);
        }
    }

    private static string Here([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
