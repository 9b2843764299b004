using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;

namespace MmapRecords.Package.Tests;

/// <summary>
/// What a debugger needs from the package: the runtime's PDBs in the .snupkg (matching the DLLs), the analyzers'
/// PDBs inside their DLLs, source link to the commit the package was built from, and no path of the machine that
/// built it anywhere.
/// </summary>
[Collection(PackageTestGroup.Name)]
public sealed class SymbolTests(PackageFixture fixture)
{
    private static readonly Guid SourceLinkKind = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");
    private static readonly Guid EmbeddedSourceKind = new("0E8A571B-6926-466E-B4AD-8AB04611F5FE");

    public static TheoryData<string> Assemblies() =>
    [
        "lib/net8.0/MmapRecords.dll",
        "lib/net10.0/MmapRecords.dll",
        "analyzers/dotnet/cs/MmapRecords.Generator.dll",
        "analyzers/dotnet/cs/MmapRecords.CodeFixes.dll",
    ];

    [Fact]
    public void The_symbol_package_holds_the_runtime_pdbs_and_nothing_else()
    {
        Assert.True(File.Exists(fixture.SymbolPackagePath), $"No {Path.GetFileName(fixture.SymbolPackagePath)} beside the package.");
        using var symbols = ZipFile.OpenRead(fixture.SymbolPackagePath);
        var files = symbols.Entries.Select(e => e.FullName).Where(n => n.StartsWith("lib/", StringComparison.Ordinal) || n.EndsWith(".pdb", StringComparison.Ordinal) || n.EndsWith(".dll", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
        Assert.Equal(["lib/net10.0/MmapRecords.pdb", "lib/net8.0/MmapRecords.pdb"], files);

        // nuget.org takes a symbol package only with the same id and version, of the type SymbolsPackage.
        using var stream = (symbols.GetEntry("MmapRecords.nuspec") ?? throw new InvalidOperationException("No nuspec in the .snupkg")).Open();
        var nuspec = XDocument.Load(stream);
        Assert.Equal(fixture.Version, nuspec.Descendants().Single(e => e.Name.LocalName == "version").Value);
        Assert.Equal("SymbolsPackage", (string?)nuspec.Descendants().Single(e => e.Name.LocalName == "packageType").Attribute("name"));
    }

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void Every_assembly_has_a_pdb_that_matches_it(string assembly)
    {
        using var pe = new PEReader(new MemoryStream(Read(fixture.PackagePath, assembly)));
        using var pdb = OpenPdb(pe, assembly);
        var codeView = pe.ReadDebugDirectory().Single(e => e.Type == DebugDirectoryEntryType.CodeView);
        var id = new BlobContentId(pdb.GetMetadataReader().DebugMetadataHeader!.Id);
        Assert.Equal(pe.ReadCodeViewDebugDirectoryData(codeView).Guid, id.Guid);
        Assert.Equal(codeView.Stamp, id.Stamp);
    }

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void Source_link_points_every_document_at_the_commit_the_package_was_built_from(string assembly)
    {
        using var pe = new PEReader(new MemoryStream(Read(fixture.PackagePath, assembly)));
        using var pdb = OpenPdb(pe, assembly);
        var reader = pdb.GetMetadataReader();

        var sourceLink = CustomDebugInformation(reader, EntityHandle.ModuleDefinition, SourceLinkKind)
            ?? throw new InvalidOperationException($"{assembly}'s PDB has no source link.");
        using var json = JsonDocument.Parse(sourceLink);
        var documents = json.RootElement.GetProperty("documents").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString());
        Assert.Equal(
            new Dictionary<string, string?> { ["/_/*"] = $"https://raw.githubusercontent.com/mmaprecords/mmaprecords/{fixture.CloneCommit}/*" },
            documents);

        // Each source file is either in the repository at that commit (source link finds it) or embedded in the
        // PDB (files the build generates: git does not know them).
        var checkedDocuments = 0;
        foreach (var handle in reader.Documents)
        {
            var name = reader.GetString(reader.GetDocument(handle).Name);
            Assert.StartsWith("/_/", name, StringComparison.Ordinal);
            var embedded = CustomDebugInformation(reader, handle, EmbeddedSourceKind) is not null;
            var tracked = File.Exists(Path.Combine(fixture.CloneDirectory, name["/_/".Length..]))
                && !name.Contains("/obj/", StringComparison.Ordinal);
            Assert.True(embedded || tracked, $"{assembly}: {name} is neither in the repository nor embedded in the PDB.");
            checkedDocuments++;
        }

        Assert.True(checkedDocuments >= 3, $"{assembly}'s PDB names only {checkedDocuments} documents.");
    }

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void No_path_of_the_building_machine_is_in_an_assembly_or_its_pdb(string assembly)
    {
        var dll = Read(fixture.PackagePath, assembly);
        using var pe = new PEReader(new MemoryStream(dll));
        var codeView = pe.ReadCodeViewDebugDirectoryData(pe.ReadDebugDirectory().Single(e => e.Type == DebugDirectoryEntryType.CodeView));
        // An embedded PDB is named by its file name alone; a separate one by its mapped path.
        Assert.True(
            codeView.Path.StartsWith("/_/", StringComparison.Ordinal) || codeView.Path == Path.ChangeExtension(Path.GetFileName(assembly), ".pdb"),
            $"{assembly}'s debug directory names its PDB {codeView.Path}.");

        using var pdb = OpenPdb(pe, assembly);
        var reader = pdb.GetMetadataReader();
        Assert.All(reader.Documents, d => Assert.StartsWith("/_/", reader.GetString(reader.GetDocument(d).Name), StringComparison.Ordinal));

        // And nowhere else in the bytes (strings, embedded sources are compressed but their names are not): the
        // folders the pack ran in, in UTF-8 and UTF-16.
        var pdbBytes = PdbBytes(pe, assembly);
        foreach (var folder in new[] { fixture.WorkDirectory, fixture.CloneDirectory, fixture.PackagesDirectory, Testing.Repository.Root, Path.GetTempPath() })
        {
            foreach (var bytes in new[] { dll, pdbBytes })
            {
                Assert.False(Contains(bytes, Encoding.UTF8.GetBytes(folder)), $"{assembly} names {folder}.");
                Assert.False(Contains(bytes, Encoding.Unicode.GetBytes(folder)), $"{assembly} names {folder} (UTF-16).");
            }
        }
    }

    [Theory]
    [InlineData("analyzers/dotnet/cs/MmapRecords.Generator.dll")]
    [InlineData("analyzers/dotnet/cs/MmapRecords.CodeFixes.dll")]
    public void The_analyzers_carry_their_pdb_inside(string assembly)
    {
        using var pe = new PEReader(new MemoryStream(Read(fixture.PackagePath, assembly)));
        Assert.Contains(pe.ReadDebugDirectory(), e => e.Type == DebugDirectoryEntryType.EmbeddedPortablePdb);
    }

    private MetadataReaderProvider OpenPdb(PEReader pe, string assembly)
    {
        var embedded = pe.ReadDebugDirectory().Where(e => e.Type == DebugDirectoryEntryType.EmbeddedPortablePdb).ToList();
        return embedded.Count > 0
            ? pe.ReadEmbeddedPortablePdbDebugDirectoryData(embedded[0])
            : MetadataReaderProvider.FromPortablePdbImage([.. Read(fixture.SymbolPackagePath, Path.ChangeExtension(assembly, ".pdb"))]);
    }

    private byte[] PdbBytes(PEReader pe, string assembly)
    {
        if (!pe.ReadDebugDirectory().Any(e => e.Type == DebugDirectoryEntryType.EmbeddedPortablePdb))
        {
            return Read(fixture.SymbolPackagePath, Path.ChangeExtension(assembly, ".pdb"));
        }

        using var provider = OpenPdb(pe, assembly);
        var reader = provider.GetMetadataReader();
        unsafe
        {
            return new ReadOnlySpan<byte>(reader.MetadataPointer, reader.MetadataLength).ToArray();
        }
    }

    private static string? CustomDebugInformation(MetadataReader reader, EntityHandle parent, Guid kind)
    {
        foreach (var handle in reader.GetCustomDebugInformation(parent))
        {
            var information = reader.GetCustomDebugInformation(handle);
            if (reader.GetGuid(information.Kind) == kind)
            {
                return Encoding.UTF8.GetString(reader.GetBlobBytes(information.Value));
            }
        }

        return null;
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;

    private static byte[] Read(string package, string entryName)
    {
        using var zip = ZipFile.OpenRead(package);
        using var stream = (zip.GetEntry(entryName) ?? throw new InvalidOperationException($"No {entryName} in {Path.GetFileName(package)}.")).Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
