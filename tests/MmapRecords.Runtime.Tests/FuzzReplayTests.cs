namespace MmapRecords.Runtime.Tests;

/// <summary>
/// Replays the fuzzer's seeds and every input it found that once crashed (fuzz/regressions) through the same harness,
/// in a child process: each must end with a documented outcome, never a crash or an undocumented exception.
/// </summary>
public sealed class FuzzReplayTests
{
    [Theory]
    [InlineData("seeds")]
    [InlineData("regressions")]
    public void Fuzz_inputs_end_only_in_documented_outcomes(string folder)
    {
        var inputs = Directory.GetFiles(Path.Combine(Oracle.RepoRoot(), "fuzz", folder), "*.bin").Order(StringComparer.Ordinal).ToArray();
        if (folder == "seeds")
        {
            Assert.NotEmpty(inputs);
        }

        if (inputs.Length == 0)
        {
            return;
        }

        var (code, stdout, stderr) = Child.Start("Release", "fuzz-replay", inputs[0], inputs[1..]);
        Assert.True(code == 0, $"Replaying fuzz/{folder} failed with exit code {code}.\nstdout:\n{stdout}\nstderr:\n{stderr}");
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).TakeWhile(l => l != "done").ToArray();
        Assert.Equal(inputs.Select(Path.GetFileName), lines.Select(l => l[..l.IndexOf(':', StringComparison.Ordinal)]));
        Assert.All(lines, l => Assert.Matches(": (ok|out of range|read-only)$", l));
    }
}
