using System.Text;
using MmapRecords.Testing;
using TarListing;

namespace MmapRecords.Samples.Tests;

/// <summary>The tar sample against GNU tar's own listing (<c>tar -tv</c>, in UTC).</summary>
public sealed class TarTests : IDisposable
{
    private readonly TempDirectory _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Theory]
    [InlineData("ustar")]
    [InlineData("gnu")]
    public void The_listing_matches_tar_tv_line_for_line(string format)
    {
        var archive = MakeArchive(format, longPath: format == "ustar");

        var expected = Tool.Run("tar", ["-tvf", archive], environment: new Dictionary<string, string?> { ["TZ"] = "UTC" }).EnsureSuccess().Output;

        using var file = MappedFile.Open(archive);
        var entries = TarArchive.Entries(file);
        Assert.Equal(Normalize(expected), entries.Select(e => Normalize(e.ToListing())).SelectMany(l => l));
    }

    [Fact]
    public void A_members_data_starts_right_after_its_header()
    {
        var archive = MakeArchive("ustar", longPath: false);
        using var file = MappedFile.Open(archive);
        var entry = TarArchive.Entries(file).Single(e => e.Path == "tree/notes.txt");
        var data = File.ReadAllBytes(archive).AsSpan((int)entry.DataOffset, (int)entry.Size);
        Assert.Equal(File.ReadAllBytes(_scratch.File("tree/notes.txt")), data.ToArray());
    }

    [Fact]
    public void A_damaged_header_is_refused_with_the_file_name_and_offset()
    {
        var archive = MakeArchive("ustar", longPath: false);
        var bytes = File.ReadAllBytes(archive);
        bytes[3] ^= 0x20; // a letter of the first name changes case; the checksum no longer adds up
        File.WriteAllBytes(archive, bytes);

        using var file = MappedFile.Open(archive);
        var error = Assert.Throws<InvalidDataException>(() => TarArchive.Entries(file));
        Assert.Contains(archive, error.Message, StringComparison.Ordinal);
        Assert.Contains("header at byte 0 has checksum", error.Message, StringComparison.Ordinal);
    }

    private string MakeArchive(string format, bool longPath)
    {
        var tree = _scratch.File("tree");
        Directory.CreateDirectory(Path.Combine(tree, "sub"));
        File.WriteAllText(Path.Combine(tree, "notes.txt"), "Fixed-length text fields, NUL-terminated.\n", Encoding.UTF8);
        File.WriteAllBytes(Path.Combine(tree, "sub", "blob.bin"), [.. Enumerable.Range(0, 1500).Select(i => (byte)(i * 7))]);
        File.WriteAllBytes(Path.Combine(tree, "sub", "empty"), []);
        File.CreateSymbolicLink(Path.Combine(tree, "link"), "notes.txt");
        if (longPath)
        {
            // Longer than the 100-byte name field: ustar splits it between the prefix and name fields.
            var deep = Path.Combine(tree, new string('d', 60), new string('e', 50));
            Directory.CreateDirectory(deep);
            File.WriteAllText(Path.Combine(deep, "deep-file.txt"), "deep", Encoding.UTF8);
        }

        var archive = _scratch.File($"archive-{format}.tar");
        Tool.Output(
            "tar", $"--format={format}", "--owner=alice:1001", "--group=staff:50", "--mtime=2024-02-29 12:34:56Z", "--sort=name",
            "-cf", archive, "-C", _scratch.Path, "tree");
        return archive;
    }

    // tar pads the size column; the sample separates with one space.
    private static string[] Normalize(string listing) =>
        [.. listing.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => string.Join(' ', l.Split(' ', StringSplitOptions.RemoveEmptyEntries)))];
}
