using System.Text.RegularExpressions;
using MmapRecords.Testing;

namespace MmapRecords.Package.Tests;

/// <summary>
/// The runtime's public API lists (checked by the public API analyzer at build time) include the
/// <c>MmapRecords.CompilerServices</c> members that generated code calls: old generated code depends on them.
/// </summary>
public sealed partial class PublicApiTests
{
    private static readonly string[] ApiLines =
    [
        .. File.ReadAllLines(Path.Combine(Repository.Root, "src", "Runtime", "PublicAPI.Shipped.txt")),
        .. File.ReadAllLines(Path.Combine(Repository.Root, "src", "Runtime", "PublicAPI.Unshipped.txt")),
    ];

    [Fact]
    public void Both_lists_track_nullability()
    {
        Assert.Equal("#nullable enable", File.ReadLines(Path.Combine(Repository.Root, "src", "Runtime", "PublicAPI.Shipped.txt")).First());
        Assert.Equal("#nullable enable", File.ReadLines(Path.Combine(Repository.Root, "src", "Runtime", "PublicAPI.Unshipped.txt")).First());
    }

    [Fact]
    public void Every_CompilerServices_member_the_golden_generated_code_calls_is_tracked()
    {
        var golden = Directory.GetFiles(Path.Combine(Repository.Root, "tests", "MmapRecords.Generator.Tests", "Golden"), "*.g.cs");
        var used = golden.SelectMany(file => CompilerServicesReference().Matches(File.ReadAllText(file)))
            .Select(m => (Type: m.Groups["type"].Value, Member: m.Groups["member"].Value))
            .ToHashSet();
        Assert.True(used.Count(u => u.Member.Length > 0) >= 10, $"Only {used.Count} CompilerServices members found in the golden files.");

        Assert.All(used, u =>
        {
            var name = "MmapRecords.CompilerServices." + u.Type + (u.Member.Length > 0 ? "." + u.Member : "");
            // "static MmapRecords.CompilerServices.RecordAccess.Detach<T>(T record) -> T", "MmapRecords.CompilerServices.RecordSource"
            Assert.True(
                ApiLines.Any(line => ApiEntry().Match(line) is { Success: true } entry && entry.Groups["name"].Value == name),
                $"Generated code calls {name}, which PublicAPI.*.txt does not list.");
        });
    }

    [GeneratedRegex(@"global::MmapRecords\.CompilerServices\.(?<type>[A-Za-z0-9]+)(\.(?<member>[A-Za-z0-9]+))?")]
    private static partial Regex CompilerServicesReference();

    // The symbol's name in an API line: after an optional "static "/"override " and before "<", "(", "." + accessor or " ->".
    [GeneratedRegex(@"^(?:\*REMOVED\*)?(?:(?:static|override|abstract|virtual|const|readonly) )*(?<name>[A-Za-z0-9.]+?)(?:<[^>]*>)?(?:\(| ->|\.get|\.set|$)")]
    private static partial Regex ApiEntry();
}
