using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace MmapRecords.Generator.Tests;

/// <summary>
/// Golden files without a snapshot library: the expected text lives next to the tests under Golden/. A mismatch
/// writes a <c>.received</c> file beside it and fails; set <c>MMR_ACCEPT_GOLDEN=1</c> to accept (never in CI).
/// </summary>
internal static partial class Golden
{
    public static void Verify(string actual, string name, [CallerFilePath] string callerFile = "")
    {
        var directory = Path.Combine(Path.GetDirectoryName(callerFile)!, "Golden");
        var expectedPath = Path.Combine(directory, name);
        var receivedPath = Path.ChangeExtension(expectedPath, ".received" + Path.GetExtension(expectedPath));
        var normalized = Normalize(actual);

        if (Environment.GetEnvironmentVariable("MMR_ACCEPT_GOLDEN") == "1" && Environment.GetEnvironmentVariable("CI") is null)
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(expectedPath, normalized);
            File.Delete(receivedPath);
            return;
        }

        var expected = File.Exists(expectedPath) ? Normalize(File.ReadAllText(expectedPath)) : null;
        if (expected == normalized)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, normalized);
        Assert.Fail(expected is null
            ? $"No golden file {name}; the output was written to {receivedPath}. Review it, then run with MMR_ACCEPT_GOLDEN=1."
            : $"Generated output differs from {name}; see {receivedPath} (diff it against the golden file), then run with MMR_ACCEPT_GOLDEN=1 to accept.");
    }

    /// <summary>Line endings and the generator's version are not part of what is compared.</summary>
    private static string Normalize(string text) =>
        VersionPattern().Replace(text.Replace("\r\n", "\n"), "GeneratedCode(\"MmapRecords.Generator\", \"VERSION\")");

    [GeneratedRegex("GeneratedCode\\(\"MmapRecords.Generator\", \"[0-9.]+\"\\)")]
    private static partial Regex VersionPattern();
}
