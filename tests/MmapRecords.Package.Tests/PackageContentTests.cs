using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace MmapRecords.Package.Tests;

/// <summary>What is inside the packed .nupkg: the files, the nuspec, the analyzer assemblies.</summary>
[Collection(PackageTestGroup.Name)]
public sealed partial class PackageContentTests(PackageFixture fixture)
{
    private const string AnalyzerFolder = "analyzers/dotnet/cs/";

    [Fact]
    public void The_package_is_named_after_its_id_and_version()
    {
        Assert.Equal($"MmapRecords.{fixture.Version}.nupkg", Path.GetFileName(fixture.PackagePath));
        Assert.Matches(@"^\d+\.\d+\.\d+", fixture.Version);
    }

    [Fact]
    public void The_runtime_is_in_lib_for_both_frameworks_with_its_xml_docs_and_the_analyzers_in_the_analyzer_folder()
    {
        var assemblies = Entries().Where(e => e.StartsWith("lib/", StringComparison.Ordinal) || e.StartsWith("analyzers/", StringComparison.Ordinal) || e.StartsWith("build", StringComparison.Ordinal) || e.EndsWith(".dll", StringComparison.Ordinal) || e.EndsWith(".pdb", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
        Assert.Equal(
            [
                "analyzers/dotnet/cs/MmapRecords.CodeFixes.dll",
                "analyzers/dotnet/cs/MmapRecords.Generator.dll",
                "build/MmapRecords.targets",
                "buildTransitive/MmapRecords.targets",
                "lib/net10.0/MmapRecords.dll",
                "lib/net10.0/MmapRecords.xml",
                "lib/net8.0/MmapRecords.dll",
                "lib/net8.0/MmapRecords.xml",
            ],
            assemblies);
        Assert.Contains("README.md", Entries());
    }

    [Theory]
    [InlineData("net8.0")]
    [InlineData("net10.0")]
    public void The_xml_docs_document_the_public_api(string framework)
    {
        var docs = XDocument.Parse(ReadEntry($"lib/{framework}/MmapRecords.xml"));
        var members = docs.Descendants("member").Select(m => (string?)m.Attribute("name")).ToHashSet();
        Assert.Contains("T:MmapRecords.MappedFile", members);
        Assert.Contains("M:MmapRecords.MappedFile.Open(System.String,MmapRecords.MapAccess)", members);
        Assert.Contains("T:MmapRecords.RecordAttribute", members);
        Assert.Contains("T:MmapRecords.RecordView`1", members);
    }

    [Fact]
    public void The_package_readme_is_the_repository_readme_with_every_link_absolute()
    {
        var packaged = ReadEntry("README.md");
        Assert.Equal("README.md", Metadata("readme"));

        // nuget.org shows the README on a page of its own: a relative link or image leads nowhere there.
        var targets = MarkdownTarget().Matches(packaged).Select(m => (Image: m.Groups["image"].Success, Target: m.Groups["target"].Value)).ToList();
        Assert.True(targets.Count >= 10, $"Only {targets.Count} links in the package README.");
        Assert.All(targets, t => Assert.StartsWith("https://", t.Target, StringComparison.Ordinal));

        // Images from the repository as raw files (nuget.org shows images from raw.githubusercontent.com, not from
        // github.com pages); documents as repository pages. Each names a file or folder that the repository has.
        const string Pages = "https://github.com/mmaprecords/mmaprecords/blob/main/";
        const string Raw = "https://raw.githubusercontent.com/mmaprecords/mmaprecords/main/";
        Assert.Contains(targets, t => t.Image);
        foreach (var (image, target) in targets.Where(t => t.Target.StartsWith("https://github.com/mmaprecords/", StringComparison.Ordinal) || t.Target.StartsWith("https://raw.githubusercontent.com/", StringComparison.Ordinal)))
        {
            var prefix = image ? Raw : Pages;
            Assert.StartsWith(prefix, target, StringComparison.Ordinal);
            var relative = target[prefix.Length..].Split('#')[0];
            var local = Path.Combine(Testing.Repository.Root, relative);
            Assert.True(File.Exists(local) || Directory.Exists(local), $"The package README links to {target}, but the repository has no {relative}.");
        }

        // Nothing else changed: taking the prefixes out again gives the repository's README.
        var repository = File.ReadAllText(Path.Combine(Testing.Repository.Root, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var restored = packaged.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("](" + Raw, "](", StringComparison.Ordinal).Replace("](" + Pages, "](", StringComparison.Ordinal);
        Assert.Equal(repository.TrimEnd(), restored.TrimEnd());
    }

    [Fact]
    public void The_icon_is_a_small_square_png()
    {
        Assert.Equal("icon.png", Metadata("icon"));
        var icon = ReadBytes("icon.png");
        Assert.True(icon.Length < 1024 * 1024, $"{icon.Length} bytes: nuget.org takes at most 1 MB.");
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, icon[..8]);
        // The IHDR chunk comes first: width and height, big-endian, at bytes 16 and 20.
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(icon, 12, 4));
        var width = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(icon.AsSpan(16));
        var height = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(icon.AsSpan(20));
        Assert.Equal(width, height);
        Assert.InRange(width, 64, 512);
    }

    [Fact]
    public void No_build_time_dependency_leaks_into_the_package_dependencies()
    {
        var groups = Nuspec("dependencies").Elements().ToList();
        Assert.Equal(["net10.0", "net8.0"], groups.Select(g => (string?)g.Attribute("targetFramework")).Order(StringComparer.Ordinal));
        Assert.All(groups, g => Assert.Empty(g.Elements()));
    }

    [Fact]
    public void The_metadata_describes_the_package()
    {
        Assert.Equal("MmapRecords", Metadata("id"));
        Assert.True(Metadata("description").Length > 50, Metadata("description"));
        Assert.Contains("source-generator", Metadata("tags").Split(' '));
        var license = Nuspec("license");
        Assert.Equal("expression", (string?)license.Attribute("type"));
        Assert.Equal("MIT", license.Value);
        Assert.Equal("git", (string?)Nuspec("repository").Attribute("type"));
        Assert.Equal("https://github.com/mmaprecords/mmaprecords", (string?)Nuspec("repository").Attribute("url"));
        // The commit the package was built from: the packed copy's, found by the build without a remote.
        Assert.Equal(fixture.CloneCommit, (string?)Nuspec("repository").Attribute("commit"));
        Assert.Equal("https://github.com/mmaprecords/mmaprecords", Metadata("projectUrl"));
        Assert.Equal($"https://github.com/mmaprecords/mmaprecords/releases/tag/v{fixture.Version}", Metadata("releaseNotes"));
        Assert.Null(fixture.Nuspec.Descendants().FirstOrDefault(e => e.Name.LocalName == "developmentDependency"));
    }

    [Theory]
    [InlineData("Generator", "MmapRecords.Generator")]
    [InlineData("CodeFixes", "MmapRecords.CodeFixes")]
    public void The_packed_analyzers_are_the_ones_this_pack_just_built(string folder, string assembly)
    {
        // Nothing stale: the bytes in the package are those of the build the pack itself ran.
        var built = File.ReadAllBytes(fixture.BuiltAnalyzer(folder, assembly));
        Assert.Equal(built, ReadBytes(AnalyzerFolder + assembly + ".dll"));
    }

    [Theory]
    [InlineData("MmapRecords.Generator")]
    [InlineData("MmapRecords.CodeFixes")]
    public void The_analyzers_target_netstandard_and_a_roslyn_no_newer_than_4_14(string assembly)
    {
        // A generator built against a newer Roslyn than the user's compiler is silently skipped (CS9057).
        using var reader = new PEReader(new MemoryStream(ReadBytes(AnalyzerFolder + assembly + ".dll")));
        var metadata = reader.GetMetadataReader();
        var references = metadata.AssemblyReferences.Select(metadata.GetAssemblyReference)
            .ToDictionary(r => metadata.GetString(r.Name), r => r.Version);
        Assert.Equal(new Version(2, 0, 0, 0), references["netstandard"]);
        Assert.Equal(new Version(4, 14, 0, 0), references["Microsoft.CodeAnalysis"]);
        Assert.DoesNotContain(references.Keys, name => name.StartsWith("System.Runtime", StringComparison.Ordinal));
    }

    [Fact]
    public void The_packed_analyzers_report_every_layout_diagnostic_and_the_code_fixes_fix_MMR001()
    {
        var analyzers = PackedAnalyzers.Load(fixture.PackagePath, Path.Combine(fixture.WorkDirectory, "analyzers-content"));
        foreach (var id in new[] { "MMR001", "MMR002", "MMR003", "MMR004", "MMR005", "MMR006", "MMR007", "MMR008", "MMR009" })
        {
            Assert.Contains(id, analyzers.ReportedIds);
        }

        Assert.Contains("MMR001", analyzers.FixedIds);
    }

    // [text](target) and ![alt](target), outside code: the target up to the closing parenthesis.
    [GeneratedRegex(@"(?<image>!)?\[[^\]\n]*\]\((?<target>[^)\s]+)\)")]
    private static partial Regex MarkdownTarget();

    private List<string> Entries()
    {
        using var package = ZipFile.OpenRead(fixture.PackagePath);
        return [.. package.Entries.Select(e => e.FullName)];
    }

    private byte[] ReadBytes(string entryName)
    {
        using var package = ZipFile.OpenRead(fixture.PackagePath);
        using var stream = (package.GetEntry(entryName) ?? throw new InvalidOperationException($"No {entryName} in the package.")).Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private string ReadEntry(string entryName)
    {
        using var reader = new StreamReader(new MemoryStream(ReadBytes(entryName)));
        return reader.ReadToEnd();
    }

    private XElement Nuspec(string name) =>
        fixture.Nuspec.Descendants().Single(e => e.Name.LocalName == name);

    private string Metadata(string name) => Nuspec(name).Value;
}
