using System.Buffers.Binary;
using System.Globalization;
using Xunit.Abstractions;

namespace MmapRecords.Runtime.Tests;

/// <summary>
/// Records and spans kept past their file's Dispose, in a Release child process (tests/MmapRecords.Runtime.Child,
/// StaleRecords.cs), where generated getters do not check: they must read zeros, never the disposed file's bytes or
/// another mapping's, and never crash; the file must be released at once; the address ranges kept must stay bounded.
/// Linux only: the child reads /proc/self/maps and /proc/self/fd.
/// </summary>
public sealed class StaleRecordTests(ITestOutputHelper output)
{
    // The JIT as it runs by default (tiered: loops start unoptimized, whose locals live to the method's end), and fully
    // optimized from the start, where a record local's source is reported dead after its last use unless the getters
    // keep it alive.
    private static readonly Dictionary<string, Dictionary<string, string>> Jits = new()
    {
        ["tiered"] = [],
        ["optimized"] = new() { ["DOTNET_TieredCompilation"] = "0" },
    };

    public static TheoryData<MapAccess, string> AccessAndJit => new()
    {
        { MapAccess.Read, "tiered" },
        { MapAccess.Read, "optimized" },
        { MapAccess.ReadWrite, "optimized" },
        { MapAccess.CopyOnWrite, "optimized" },
    };

    [Theory]
    [MemberData(nameof(AccessAndJit))]
    public void A_record_kept_after_Dispose_reads_zeros_while_2000_other_mappings_come_and_go_and_the_file_is_released(MapAccess access, string jit)
    {
        using var temp = new TempDirectory();
        var lines = RunChild(jit, "stale-records", temp.Path, access.ToString());

        // The table's own values (5,000 entries, value 0xD1500000 | index), read before Dispose: records 0, 4,999 and 1,234.
        Assert.Equal("before dispose: D1500000 D1501387 D15004D2", lines[1]);
        var protection = access == MapAccess.Read ? "r--p" : "rw-p";
        Assert.Equal(
            [
                // The kernel's account right after Dispose: the file is neither mapped nor open; its range is anonymous memory.
                "maps naming the file: 0",
                "descriptors of the file: 0",
                $"stale range: anonymous {protection}",

                // An exclusive lock, truncation to 0 bytes and deletion succeed; the records (a file mapping would now SIGBUS) read zeros.
                "after truncate and delete: 00000000 00000000 00000000 00000000",
                "other files' mappings overlapping the stale range: 0",
                "other files' records read wrong: 0",

                // 2,000 iterations x 4 stale values.
                "stale reads of zero: 8000",
                "stale reads of the disposed file's bytes: 0",
                "stale reads of another file's bytes: 0",
                "stale reads of other bytes: 0",
                $"stale range at the end: anonymous {protection}",
                "done",
            ],
            lines.Skip(2));
    }

    [Fact]
    public void Spans_kept_after_Dispose_read_zeros_and_write_only_private_memory_never_the_file()
    {
        using var temp = new TempDirectory();
        var path = temp.File("quad.bin");
        var bytes = new byte[16];
        for (var i = 0; i < 4; i++)
        {
            BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(i * 4), i + 1);
        }

        File.WriteAllBytes(path, bytes);
        var before = Oracle.Sha256(path);
        var lines = RunChild("optimized", "stale-spans", path);

        Assert.Equal(
            [
                "build: Release",
                "ReadWrite stale span reads: 0 0 0 0",
                "ReadWrite stale span after writing: 42 0 0 -7",
                "CopyOnWrite stale span reads: 0 0 0 0",
                "CopyOnWrite stale span after writing: 42 0 0 -7",
                "Read stale read-only span reads: 0 0 0 0",
                "Load stale read-only span reads: 0 0 0 0",
                "file reads: 1 2 3 4",
                "done",
            ],
            lines);
        Assert.Equal(before, Oracle.Sha256(path));
        Assert.Equal(bytes, File.ReadAllBytes(path));
    }

    [Fact]
    public void Two_thousand_open_read_dispose_cycles_keeping_stale_records_keep_the_address_space_bounded()
    {
        using var temp = new TempDirectory();
        var lines = RunChild("optimized", "stale-cycles", temp.Path);
        foreach (var line in lines)
        {
            output.WriteLine(line);
        }

        Assert.Contains("records read wrong: 0", lines);
        Assert.Contains("stale reads not zero: 0", lines);

        // The three records the array keeps still hold their ranges (as anonymous memory) after the collections...
        Assert.Contains("kept records whose range is still reserved: 3", lines);

        // ...and the other 1,997 ranges of 1 MiB are gone: 2,000 MiB if none were released. What remains is the three
        // kept ranges plus whatever the runtime itself grew meanwhile (GC heap, code).
        var growth = Number(lines, "growth after a full collection KiB: ");
        Assert.True(growth < 64 * 1024, $"The address space grew by {growth:N0} KiB over 2,000 cycles of 1 MiB files.");

        // 2,000 cycles over 64 MiB files keep 125 GiB of ranges if nothing is released before the end; Dispose's budget
        // (a background collection every 16 GiB; ranges unmapped at the collection after) keeps about 32 GiB at most.
        Assert.Contains("64 MiB files read wrong: 0", lines);
        var peak = Number(lines, "64 MiB files peak growth KiB: ");
        Assert.True(peak < 48L << 20, $"The address space grew by up to {peak:N0} KiB over 2,000 cycles of 64 MiB files.");

        // A MappedFile dropped without Dispose is unmapped and closed by finalizers.
        Assert.Contains("dropped file read: 0E000003", lines);
        Assert.Contains("maps naming the dropped file before a collection: 1", lines);
        Assert.Contains("maps naming the dropped file after a full collection: 0", lines);
        Assert.Contains("descriptors of the dropped file after a full collection: 0", lines);
    }

    private static long Number(string[] lines, string prefix) =>
        long.Parse(lines.Single(l => l.StartsWith(prefix, StringComparison.Ordinal))[prefix.Length..], CultureInfo.InvariantCulture);

    private static string[] RunChild(string jit, string scenario, string path, params string[] more)
    {
        var (code, stdout, stderr) = Oracle.RunProcess("dotnet", [Child.DllPath("Release"), scenario, path, .. more], Jits[jit]);
        Assert.True(code == 0, $"The Release child ({scenario}, {jit} JIT) exited with {code}.\nstdout:\n{stdout}\nstderr:\n{stderr}");
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("build: Release", lines[0]);
        return lines;
    }
}
