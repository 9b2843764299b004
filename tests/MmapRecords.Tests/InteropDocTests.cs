using System.IO;
using System.Text.RegularExpressions;

namespace MmapRecords.Tests;

/// <summary>docs/interop.md shows commands and their output: running them again must print the same.</summary>
public sealed partial class InteropDocTests
{
    private static readonly string Doc = File.ReadAllText(Path.Combine(Repository.Root, "docs", "interop.md")).Replace("\r\n", "\n");

    [Fact]
    public void The_round_trip_prints_what_the_doc_shows()
    {
        using var temp = new TempDirectory();
        var sample = ColoredVerticesOracleTests.SampleDll();
        var python = PythonBlocks();
        File.WriteAllText(temp.File("read_colors.py"), python[0]);
        File.WriteAllText(temp.File("write_vertices.py"), python[1]);

        var schema = Run(temp, "dotnet", sample, "--schema");
        Assert.Equal(Shown("$ dotnet run --project samples/ColoredVertices -- --schema"), schema);
        File.WriteAllText(temp.File("vertex.dtype"), schema.Split('\n')[^1] + "\n");

        Assert.Equal(Shown("$ dotnet run --project samples/ColoredVertices -- colors.bin"), Run(temp, "dotnet", sample, "colors.bin"));
        Assert.Equal(Shown("$ python3 read_colors.py"), Numpy.RunIn(temp.Path, "read_colors.py"));
        Assert.Equal(Shown("$ python3 write_vertices.py"), Numpy.RunIn(temp.Path, "write_vertices.py"));
        Assert.Equal(Shown("$ dotnet run --project samples/ColoredVertices -- --read from-numpy.bin"), Run(temp, "dotnet", sample, "--read", "from-numpy.bin"));
    }

    private static string Run(TempDirectory temp, string program, params string[] arguments) =>
        Tool.Run(program, arguments, workingDirectory: temp.Path).EnsureSuccess().Output.TrimEnd('\n');

    private static string[] PythonBlocks() => [.. PythonBlock().Matches(Doc).Select(m => m.Groups[1].Value)];

    /// <summary>The lines the doc shows after <paramref name="command"/>, up to the next command or the end of the block.</summary>
    private static string Shown(string command)
    {
        var start = Doc.IndexOf(command + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"docs/interop.md does not show '{command}'");
        var lines = Doc[(start + command.Length + 1)..].Split('\n').TakeWhile(l => l != "```" && !l.StartsWith("$ ", StringComparison.Ordinal));
        return string.Join('\n', lines);
    }

    [GeneratedRegex("```python\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex PythonBlock();
}
