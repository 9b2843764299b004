using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;

namespace MmapRecords.Package.Tests;

/// <summary>What is inside the packed .nupkg: the files, the nuspec, the analyzer assemblies.</summary>
[Collection(PackageTestGroup.Name)]
public sealed class PackageContentTests(PackageFixture fixture)
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
        var assemblies = Entries().Where(e => e.StartsWith("lib/", StringComparison.Ordinal) || e.StartsWith("analyzers/", StringComparison.Ordinal) || e.EndsWith(".dll", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
        Assert.Equal(
            [
                "analyzers/dotnet/cs/MmapRecords.CodeFixes.dll",
                "analyzers/dotnet/cs/MmapRecords.Generator.dll",
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
    public void The_readme_is_the_repository_readme()
    {
        Assert.Equal(File.ReadAllText(Path.Combine(Testing.Repository.Root, "README.md")), ReadEntry("README.md"));
        Assert.Equal("README.md", Metadata("readme"));
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
        Assert.StartsWith("https://", (string?)Nuspec("repository").Attribute("url"), StringComparison.Ordinal);
        Assert.Null(fixture.Nuspec.Descendants().FirstOrDefault(e => e.Name.LocalName == "developmentDependency"));
    }

    [Theory]
    [InlineData("MmapRecords.Generator")]
    [InlineData("MmapRecords.CodeFixes")]
    public void The_packed_analyzers_are_the_ones_this_pack_just_built(string assembly)
    {
        // Nothing stale: the bytes in the package are those of the build the pack itself ran.
        var built = File.ReadAllBytes(fixture.BuiltAssembly(assembly, "release"));
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
