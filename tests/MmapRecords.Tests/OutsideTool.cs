using System;
using System.Diagnostics;

namespace MmapRecords.Tests;

/// <summary>Runs programs outside .NET that write the bytes tests read: independent oracles for the file formats.</summary>
internal static class OutsideTool
{
    /// <summary>Runs a python3 script with <paramref name="arguments"/> as <c>sys.argv[1:]</c>; fails the test on a non-zero exit.</summary>
    public static string Python(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo("python3")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"python3 failed ({process.ExitCode}): {error}");
        return output;
    }
}
