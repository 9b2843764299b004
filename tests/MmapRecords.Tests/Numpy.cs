using System.Globalization;
using System.IO;
using System.Text.Json;

namespace MmapRecords.Tests;

/// <summary>
/// numpy as an outside oracle: Oracles/numpy_records.py maps a file with nothing but the dtype that
/// <see cref="RecordSchema.ToNumpyDtype()"/> exported, and prints what it reads as JSON.
/// </summary>
internal static class Numpy
{
    // Debian's python3-numpy (which .ci/run installs) is for /usr/bin/python3; the python3 first on PATH may be
    // another interpreter without numpy. Use the first one that imports numpy.
    private static readonly Lazy<string> Interpreter = new(() =>
    {
        string[] candidates = ["/usr/bin/python3", "python3"];
        foreach (var candidate in candidates)
        {
            try
            {
                if (Tool.Run(candidate, ["-c", "import numpy"]).ExitCode == 0)
                {
                    return candidate;
                }
            }
            catch (InvalidOperationException)
            {
                // Not installed: try the next.
            }
        }

        throw new InvalidOperationException(
            $"No python3 with numpy among {string.Join(", ", candidates)}: install Debian's python3-numpy (.ci/run does).");
    });

    private static string Script => Path.Combine(AppContext.BaseDirectory, "Oracles", "numpy_records.py");

    /// <summary>The records numpy reads from <paramref name="dataPath"/> through <c>numpy.memmap</c> with <paramref name="dtype"/>.</summary>
    public static JsonElement[] Read(string dtype, string dataPath)
    {
        var dtypePath = dataPath + ".dtype";
        File.WriteAllText(dtypePath, dtype);
        return Parse(Tool.Run(Interpreter.Value, [Script, "read", dtypePath, dataPath]).EnsureSuccess().Output);
    }

    /// <summary>Lets numpy write <paramref name="count"/> records of random values (field by field) to a new file; returns what it wrote.</summary>
    public static JsonElement[] Write(string dtype, string dataPath, int count, int seed)
    {
        var dtypePath = dataPath + ".dtype";
        File.WriteAllText(dtypePath, dtype);
        return Parse(Tool.Run(Interpreter.Value, [Script, "write", dtypePath, dataPath, count.ToString(CultureInfo.InvariantCulture), seed.ToString(CultureInfo.InvariantCulture)]).EnsureSuccess().Output);
    }

    /// <summary>Runs a Python snippet with numpy; returns what it printed.</summary>
    public static string Run(string script, params string[] arguments) =>
        Tool.Run(Interpreter.Value, ["-c", script, .. arguments]).EnsureSuccess().Output;

    /// <summary>Runs a Python script in <paramref name="directory"/>; returns what it printed, without the last newline.</summary>
    public static string RunIn(string directory, string script) =>
        Tool.Run(Interpreter.Value, [script], workingDirectory: directory).EnsureSuccess().Output.TrimEnd('\n');

    private static JsonElement[] Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.EnumerateArray().Select(e => e.Clone())];
    }
}
