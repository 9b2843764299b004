using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace MmapRecords.Runtime.Tests;

/// <summary>
/// Scenarios that would crash the process if the library were wrong run in a child process
/// (tests/MmapRecords.Runtime.Child, built in Debug, where the DEBUG symbol turns on checked mode, and in Release),
/// so a crash fails the test instead of killing the test host.
/// </summary>
public sealed class ChildProcessTests
{
    public static TheoryData<string> Builds => new() { "Debug", "Release" };

    [Fact]
    public void Records_used_after_Dispose_throw_ObjectDisposed_in_a_checked_Debug_build()
    {
        using var temp = new TempDirectory();
        var path = Table(temp);
        var lines = Child.Run("Debug", "records-after-dispose", path);

        Assert.Equal("before dispose: value 2", lines[1]);
        var afterDispose = lines.Skip(2).TakeWhile(l => l != "done").ToArray();
        Assert.Equal(11, afterDispose.Length);
        Assert.All(afterDispose, line => Assert.EndsWith(": ObjectDisposedException", line, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Builds))]
    public void Views_and_the_file_used_after_Dispose_throw_ObjectDisposed_in_every_build(string build)
    {
        using var temp = new TempDirectory();
        var path = Table(temp);
        var lines = Child.Run(build, "views-after-dispose", path);

        var results = lines.Skip(1).TakeWhile(l => l != "done").ToArray();
        Assert.Equal(10, results.Length);
        Assert.All(results, line => Assert.EndsWith(": ObjectDisposedException", line, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Builds))]
    public void Setters_after_Dispose_throw_ObjectDisposed_in_every_build_and_the_file_is_unchanged(string build)
    {
        using var temp = new TempDirectory();
        var path = Table(temp);
        var before = Oracle.Sha256(path);
        var lines = Child.Run(build, "setters-after-dispose", path);

        var results = lines.Skip(1).TakeWhile(l => l != "done").ToArray();
        Assert.Equal(6, results.Length);
        Assert.All(results, line => Assert.EndsWith(": ObjectDisposedException", line, StringComparison.Ordinal));
        Assert.Equal(before, Oracle.Sha256(path));
    }

    [Theory]
    [MemberData(nameof(Builds))]
    public void Setters_on_a_Read_mapping_throw_InvalidOperation_in_every_build_and_the_file_is_unchanged(string build)
    {
        using var temp = new TempDirectory();
        var path = Table(temp);
        var before = Oracle.Sha256(path);
        var lines = Child.Run(build, "setters-on-read", path);

        Assert.Equal(
            [
                $"build: {build}",
                "setter: InvalidOperationException",
                "nested setter: InvalidOperationException",
                "setter of nested: InvalidOperationException",
                "read record setter: InvalidOperationException",
                "default record setter: InvalidOperationException",
                "detached setter: value 5",
                "getter: value 1",
                "done",
            ],
            lines);
        Assert.Equal(before, Oracle.Sha256(path));
    }

    [Theory]
    [InlineData("Debug", "InvalidOperationException")]
    [InlineData("Release", "NullReferenceException")]
    public void Current_before_MoveNext_fails_as_a_default_record_does_in_every_build(string build, string exception)
    {
        using var temp = new TempDirectory();
        var path = Table(temp);
        var lines = Child.Run(build, "current-before-movenext", path);

        Assert.Equal(
            [
                $"build: {build}",
                $"Current before MoveNext: {exception}",
                $"nested of Current before MoveNext: {exception}",
                $"Current of an empty view at the end: {exception}",
                $"default record: {exception}",
                "done",
            ],
            lines);
    }

    // The scan's machine code in a Release build, from the JIT's own listing: float fields are loaded on their own
    // (a conversion that folds the load, vcvtss2sd xmm1, xmm1, [mem], merges into the register's old bits and chains
    // every iteration to the previous one: twice the time of a 1 GB scan), and the only disposed check left in the
    // loop is MoveNext's. (A Debug build is not optimized at all; checked mode with optimizations is measured by the
    // benchmarks, docs/benchmarks.md, which also measure the effect of both.) x64: that is what the listing shows.
    [Fact]
    public void The_Release_scan_loop_loads_floats_without_a_false_dependency_and_checks_disposal_once_per_record()
    {
        const string build = "Release";
        Assert.Equal(Architecture.X64, RuntimeInformation.ProcessArchitecture);
        using var temp = new TempDirectory();
        var path = temp.File("vertices.bin");
        var bytes = new byte[(3 * 20) - 2];
        for (var i = 0; i < 3; i++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(i * 20), i + 0.5f);
            BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan((i * 20) + 4), 1f);
            BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan((i * 20) + 8), 2f);
            BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan((i * 20) + 16), (ushort)(10 * i));
        }

        File.WriteAllBytes(path, bytes);
        var listing = temp.File("listing.txt");
        var (code, stdout, stderr) = Oracle.RunProcess(
            "dotnet",
            [Child.DllPath(build), "scan-loop", path],
            new Dictionary<string, string>
            {
                ["DOTNET_TieredCompilation"] = "0",
                ["DOTNET_JitDisasm"] = "*ScanLoopBody*",
                ["DOTNET_JitStdOutFile"] = listing,
            });
        Assert.True(code == 0, $"The {build} child exited with {code}: {stderr}");
        Assert.Contains("sums: 13.5, 30", stdout, StringComparison.Ordinal);

        var lines = File.ReadAllLines(listing).Where(l => !l.TrimStart().StartsWith(';')).ToArray();
        Assert.DoesNotContain(lines, l => Regex.IsMatch(l, @"cvtss2sd\s+(xmm\d+),\s*\1,\s*dword ptr"));
        Assert.Equal(3, lines.Count(l => Regex.IsMatch(l, @"movss\s+xmm\d+,\s*dword ptr")));
        var reads = lines.Count(l => Regex.IsMatch(l, @"byte\s+ptr \[r\w+\+0x\w+\]"));
        // One check in GetEnumerator, one in the loop.
        Assert.True(reads <= 2, $"{reads} byte reads (disposed checks) in the {build} scan, expected at most 2:\n{string.Join('\n', lines)}");
    }

    [Theory]
    [InlineData("Debug", 1)]
    [InlineData("Release", 0)]
    public void Checked_mode_is_compiled_into_Debug_builds_only_and_costs_Release_nothing(string build, int checks)
    {
        var lines = Child.Run(build, "accessor-checks", "");
        Assert.Equal($"EnsureReadable calls: {checks}", lines[1]);
    }

    [Fact]
    public void Truncation_by_another_writer_is_caught_when_a_view_is_made_but_touching_lost_pages_kills_the_process()
    {
        using var temp = new TempDirectory();
        var path = temp.File("truncate.bin");
        File.WriteAllBytes(path, new byte[4 * 4096]);

        var (code, stdout, stderr) = Child.Start("Release", "truncate-then-read", path);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Contains("records: 1024", lines);
        Assert.Contains("new view: IOException", lines);
        Assert.Contains("record in the first page: value 0", lines);
        Assert.Contains("reading a record past the new end", lines);

        // The documented hazard (docs/runtime-safety.md): SIGBUS cannot be caught; the process dies, "done" never prints.
        Assert.DoesNotContain("done", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("record past the new end", StringComparison.Ordinal));
        Assert.True(code != 0, $"The child should have died of SIGBUS; exit code {code}, stderr: {stderr}");

        // .NET turns the SIGBUS into a fatal AccessViolationException and aborts.
        Assert.Contains("AccessViolationException", stderr, StringComparison.Ordinal);
    }

    // Two 16-byte Entry records: Pair(1, 2) with Id 1, Pair(3, 4) with Id 2.
    private static string Table(TempDirectory temp)
    {
        var path = temp.File("entries.bin");
        var bytes = new byte[32];
        for (var i = 0; i < 2; i++)
        {
            BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(i * 16), (2 * i) + 1);
            BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan((i * 16) + 4), (2 * i) + 2);
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan((i * 16) + 8), (uint)(i + 1));
        }

        File.WriteAllBytes(path, bytes);
        return path;
    }
}

/// <summary>Starts tests/MmapRecords.Runtime.Child in a given build.</summary>
internal static class Child
{
    public static string DllPath(string build) =>
        Path.Combine(Oracle.RepoRoot(), "tests", "MmapRecords.Runtime.Child", "bin", build, "net10.0", "MmapRecords.Runtime.Child.dll");

    public static (int Code, string Stdout, string Stderr) Start(string build, string scenario, string path, params string[] more)
    {
        var dll = DllPath(build);
        Assert.True(File.Exists(dll), $"The child program is not built: {dll}");
        return Oracle.RunProcess("dotnet", [dll, scenario, path, .. more]);
    }

    public static string[] Run(string build, string scenario, string path)
    {
        var (code, stdout, stderr) = Start(build, scenario, path);
        Assert.True(code == 0, $"The {build} child ({scenario}) exited with {code}.\nstdout:\n{stdout}\nstderr:\n{stderr}");
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal($"build: {build}", lines[0]);
        return lines;
    }
}
