using System.Text.RegularExpressions;
using MmapRecords.Testing;

namespace MmapRecords.Package.Tests;

/// <summary>The README (which is also the package's readme) and the guides: entry points, and links that lead somewhere.</summary>
public sealed partial class DocsTests
{
    private static string Read(string relative) => File.ReadAllText(Path.Combine(Repository.Root, relative));

    [Fact]
    public void The_readme_starts_with_the_run_and_test_commands()
    {
        var lines = Read("README.md").Split('\n');
        Assert.Equal("```sh", lines[2]);
        Assert.StartsWith("dotnet run --project samples/ColoredVertices", lines[3], StringComparison.Ordinal);
        Assert.StartsWith("dotnet test MmapRecords.sln", lines[4], StringComparison.Ordinal);
    }

    [Fact]
    public void The_diagnostics_index_links_every_tracked_diagnostic()
    {
        var tracked = RuleId().Matches(Read("src/Generator/AnalyzerReleases.Shipped.md") + Read("src/Generator/AnalyzerReleases.Unshipped.md"))
            .Select(m => m.Groups[1].Value).ToHashSet();
        Assert.Contains("MMR100", tracked);
        var index = Read("docs/diagnostics/README.md");
        Assert.All(tracked, id => Assert.Contains($"[{id}]({id}.md)", index, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("README.md")]
    [InlineData("docs/lifetimes.md")]
    [InlineData("CONTRIBUTING.md")]
    public void Every_relative_link_leads_to_a_file_or_folder(string document)
    {
        var folder = Path.GetDirectoryName(Path.Combine(Repository.Root, document))!;
        // The diagnostic pages themselves are checked by Every_page_the_diagnostics_index_links_exists.
        var links = RelativeLink().Matches(Read(document)).Select(m => m.Groups[1].Value)
            .Where(link => !DiagnosticPage().IsMatch(link)).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, link =>
        {
            var target = Path.GetFullPath(Path.Combine(folder, link));
            Assert.True(File.Exists(target) || Directory.Exists(target), $"{document} links to {link}, which does not exist.");
        });
    }

    [SkippableFact]
    public void Every_page_the_diagnostics_index_links_exists()
    {
        // The pages are written with the diagnostics: the layout ones (MMR0xx) and the lifetime ones (MMR1xx) on
        // different branches. A family with no page at all is not merged yet (skipped, and said so); a family
        // with some pages must have all of them.
        var folder = Path.Combine(Repository.Root, "docs", "diagnostics");
        var links = RelativeLink().Matches(Read("docs/diagnostics/README.md")).Select(m => m.Groups[1].Value)
            .Where(link => link.StartsWith("MMR", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(links);
        var missingFamilies = new List<string>();
        foreach (var family in links.GroupBy(link => link[..4]))
        {
            var existing = family.Where(link => File.Exists(Path.Combine(folder, link))).ToList();
            if (existing.Count == 0)
            {
                missingFamilies.Add(string.Join(", ", family));
                continue;
            }

            Assert.Equal(family.ToList(), existing);
        }

        Skip.If(missingFamilies.Count > 0, $"No pages yet (written on another branch): {string.Join("; ", missingFamilies)}.");
    }

    [GeneratedRegex(@"(^|/)diagnostics/MMR\d{3}\.md$")]
    private static partial Regex DiagnosticPage();

    [GeneratedRegex(@"^(MMR\d{3})\s*\|", RegexOptions.Multiline)]
    private static partial Regex RuleId();

    // [text](target) where the target is not a web address or an anchor.
    [GeneratedRegex(@"\]\((?!https?:|#)([^)#\s]+)(#[^)]*)?\)")]
    private static partial Regex RelativeLink();
}
