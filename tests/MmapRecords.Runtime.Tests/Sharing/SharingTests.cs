using System.Buffers.Binary;
using System.Diagnostics;
using Xunit.Abstractions;
using SharedHeader = MmapRecords.Sharing.Child.Header;

namespace MmapRecords.Runtime.Tests.Sharing;

/// <summary>
/// Several real processes (tests/MmapRecords.Sharing.Child, Release) map one file ReadWrite and coordinate only
/// through it, with Interlocked and Volatile on the records' ref fields. The file's bytes are then read with
/// RandomAccess, past any mapping.
/// </summary>
public sealed class SharingTests(ITestOutputHelper output)
{
    [Fact]
    public void Four_processes_incrementing_one_counter_with_Interlocked_end_at_the_exact_total()
    {
        using var temp = new TempDirectory();
        var path = SharedFile(temp, 64);
        const int Times = 200_000;

        var results = RunTogether(path, Enumerable.Repeat<string[]>(["increment", path, Times.ToString(System.Globalization.CultureInfo.InvariantCulture)], 4));

        Assert.All(results, lines => Assert.Contains($"incremented: {Times}", lines));
        Assert.Equal(4L * Times, BinaryPrimitives.ReadInt64LittleEndian(Oracle.ReadBytes(path, 0, 8)));

        // The same count kept with a plain read and write (header.Plain = header.Plain + 1) loses updates whenever
        // two processes interleave; how many depends on scheduling, so it is reported, not asserted.
        var plain = BinaryPrimitives.ReadInt64LittleEndian(Oracle.ReadBytes(path, 32, 8));
        output.WriteLine($"Interlocked: {4L * Times}; plain read-then-write: {plain}");
        Assert.InRange(plain, Times, 4L * Times);
    }

    [Fact]
    public void Exactly_one_of_eight_processes_wins_a_CompareExchange_and_the_file_names_it()
    {
        using var temp = new TempDirectory();
        var path = SharedFile(temp, 64);

        var results = RunTogether(path, Enumerable.Range(1, 8).Select(id => new[] { "claim", path, id.ToString(System.Globalization.CultureInfo.InvariantCulture) }));

        var claims = results.SelectMany(lines => lines.Where(l => l.StartsWith("claim ", StringComparison.Ordinal))).ToArray();
        Assert.Equal(8, claims.Length);
        var winner = Assert.Single(claims, l => l.EndsWith(": won", StringComparison.Ordinal));
        var winnerId = int.Parse(winner["claim ".Length..winner.IndexOf(':', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(winnerId, BinaryPrimitives.ReadInt32LittleEndian(Oracle.ReadBytes(path, 16, 4)));
        Assert.All(claims.Where(l => l != winner), l => Assert.EndsWith($": lost to {winnerId}", l, StringComparison.Ordinal));
    }

    [Fact]
    public void Consumers_reading_with_Volatile_never_see_an_incomplete_entry_below_the_count_a_producer_published_with_Volatile()
    {
        using var temp = new TempDirectory();
        const long Count = 1_000_000;
        var path = SharedFile(temp, 64 + (Count * 32));
        var count = Count.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var results = RunTogether(path, [["produce", path, count], ["consume", path, count], ["consume", path, count]]);

        Assert.Contains($"published: {Count}", results[0]);
        foreach (var consumer in results.Skip(1))
        {
            var summary = Assert.Single(consumer, l => l.StartsWith("checked: ", StringComparison.Ordinal));
            Assert.StartsWith($"checked: {Count}, incomplete: 0,", summary, StringComparison.Ordinal);
            output.WriteLine(summary);
        }

        // The last entry, as the file holds it.
        var last = Oracle.ReadBytes(path, 64 + ((Count - 1) * 32), 16);
        Assert.Equal(Count - 1, BinaryPrimitives.ReadInt64LittleEndian(last));
        Assert.Equal((Count - 1) * (Count - 1), BinaryPrimitives.ReadInt64LittleEndian(last.AsSpan(8)));
    }

    [Theory]
    [InlineData("Debug")]
    [InlineData("Release")]
    public void A_writable_ref_on_a_Read_mapping_throws_InvalidOperation_and_after_Dispose_ObjectDisposed(string build)
    {
        using var temp = new TempDirectory();
        var path = SharedFile(temp, 64);
        var before = Oracle.Sha256(path);

        var (code, stdout, stderr) = Oracle.RunProcess("dotnet", [ChildDll(build), "ref-checks", path]);

        Assert.True(code == 0, $"exit {code}\n{stdout}\n{stderr}");
        Assert.Equal(
            [
                $"build: {build}",
                "Read mapping: ref: InvalidOperationException",
                "Read mapping: ref readonly: value 0",
                "ReadWrite mapping: ref: value 1",
                "after Dispose: ref: ObjectDisposedException",
                build == "Debug" ? "after Dispose: ref readonly: ObjectDisposedException" : "after Dispose: ref readonly: not checked in Release",
                "done",
            ],
            stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.NotEqual(before, Oracle.Sha256(path));
        Assert.Equal(1L, BinaryPrimitives.ReadInt64LittleEndian(Oracle.ReadBytes(path, 0, 8)));
    }

    private static string SharedFile(TempDirectory temp, long length)
    {
        var path = temp.File("shared.bin");
        using (var stream = File.Create(path))
        {
            stream.SetLength(length);
        }

        return path;
    }

    private static string ChildDll(string build, [System.Runtime.CompilerServices.CallerFilePath] string thisFile = "")
    {
        var tests = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", ".."));
        var dll = Path.Combine(tests, "MmapRecords.Sharing.Child", "bin", build, "net10.0", "MmapRecords.Sharing.Child.dll");
        Assert.True(File.Exists(dll), $"The child program is not built: {dll}");
        return dll;
    }

    /// <summary>
    /// Starts one Release child per argument list, waits (through this process's own mapping of the file) until
    /// every one is ready, then sets Go so that their work overlaps; returns each one's output lines.
    /// </summary>
    private static string[][] RunTogether(string path, IEnumerable<string[]> argumentLists)
    {
        var dll = ChildDll("Release");
        var processes = new List<(Process Process, Task<string> Stdout, Task<string> Stderr)>();
        try
        {
            foreach (var arguments in argumentLists)
            {
                var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
                start.ArgumentList.Add(dll);
                foreach (var argument in arguments)
                {
                    start.ArgumentList.Add(argument);
                }

                var process = Process.Start(start)!;
                processes.Add((process, process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync()));
            }

            using (var file = MappedFile.Open(path, MapAccess.ReadWrite))
            {
                var header = file.Read<SharedHeader>(0);
                var clock = Stopwatch.StartNew();
                while (Volatile.Read(ref header.Ready) < processes.Count)
                {
                    var exited = processes.FirstOrDefault(p => p.Process.HasExited);
                    Assert.True(exited.Process is null, $"A child exited before the start: {exited.Stdout?.Result}{exited.Stderr?.Result}");
                    Assert.True(clock.Elapsed < TimeSpan.FromMinutes(2), "The children did not get ready in 2 minutes.");
                    Thread.Sleep(10);
                }

                Volatile.Write(ref header.Go, 1);
            }

            var results = new string[processes.Count][];
            for (var i = 0; i < processes.Count; i++)
            {
                var (process, stdout, stderr) = processes[i];
                Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "A child did not finish in 2 minutes.");
                Assert.True(process.ExitCode == 0, $"Child {i} exited with {process.ExitCode}:\n{stdout.Result}\n{stderr.Result}");
                results[i] = stdout.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries);
                Assert.Equal("build: Release", results[i][0]);
                Assert.Equal("done", results[i][^1]);
            }

            return results;
        }
        finally
        {
            foreach (var (process, _, _) in processes)
            {
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                }

                process.Dispose();
            }
        }
    }
}
