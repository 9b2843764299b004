using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace MmapRecords.Tests;

/// <summary>
/// An outside oracle for the seed: the real sample writes colors.bin and prints it; Python's own mmap + memoryview +
/// struct read the same file; what Python reads must be what the C# records read and what the sample printed.
/// </summary>
public sealed class ColoredVerticesOracleTests
{
    /// <summary>The values the sample writes (samples/ColoredVertices/Program.cs), as the seed describes them.</summary>
    private static readonly (float X, float Y, float Z, ushort Red, ushort Green, ushort Blue)[] SeedValues =
    [
        (1f, 2f, 3f, 4, 5, 6),
        (7.5f, -8.25f, 9f, 100, 200, 300),
        (0.1f, 0.2f, 0.3f, 65535, 0, 32768),
    ];

    [Fact]
    public void Python_mmap_reads_what_the_sample_wrote_printed_and_the_records_read()
    {
        using var temp = new TempDirectory();
        var path = temp.File("colors.bin");

        // The sample runs under a culture with a comma decimal separator and a U+2212 minus sign: its output must not change.
        var printed = Run("dotnet", [SampleDll(), path], ("LANG", "sv_SE.UTF-8"), ("LC_ALL", "sv_SE.UTF-8"))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries);
        using var python = JsonDocument.Parse(Run("python3", [Path.Combine(AppContext.BaseDirectory, "Oracles", "read_colors.py"), path]));
        var root = python.RootElement;

        // Python's view of the file.
        var length = root.GetProperty("length").GetInt64();
        Assert.Equal(new FileInfo(path).Length, length);
        var vertices = root.GetProperty("vertices").EnumerateArray()
            .Select(v => v.EnumerateArray().Select(e => e.GetDouble()).ToArray())
            .ToArray();
        Assert.Equal(SeedValues.Length, vertices.Length);
        for (var i = 0; i < SeedValues.Length; i++)
        {
            // A float32 widened to a double is exact, and Python prints doubles so that they parse back exactly.
            Assert.Equal([SeedValues[i].X, SeedValues[i].Y, SeedValues[i].Z], vertices[i][..3].Select(d => (float)d));
            Assert.Equal([SeedValues[i].Red, SeedValues[i].Green, SeedValues[i].Blue], vertices[i][3..].Select(d => (ushort)d));
        }

        // The C# records over the same file read exactly what Python read.
        using (var file = MappedFile.Open(path))
        {
            var view = file.View<Vertex>();
            Assert.Equal(vertices.Length, view.Count);
            for (var i = 0; i < vertices.Length; i++)
            {
                var v = view[i];
                Assert.Equal(BitConverter.SingleToUInt32Bits((float)vertices[i][0]), BitConverter.SingleToUInt32Bits(v.Position.X));
                Assert.Equal(BitConverter.SingleToUInt32Bits((float)vertices[i][1]), BitConverter.SingleToUInt32Bits(v.Position.Y));
                Assert.Equal(BitConverter.SingleToUInt32Bits((float)vertices[i][2]), BitConverter.SingleToUInt32Bits(v.Position.Z));
                Assert.Equal((ushort)vertices[i][3], v.Color.Red);
                Assert.Equal((ushort)vertices[i][4], v.Color.Green);
                Assert.Equal((ushort)vertices[i][5], v.Color.Blue);
            }
        }

        // What the sample printed: the length, Python's index and hex rows, then one line per vertex as a plain
        // record struct with the same shape prints it under the invariant culture.
        var rows = root.GetProperty("rows").EnumerateArray().SelectMany(r => r.EnumerateArray().Select(e => e.GetString()!)).ToArray();
        string[] expected;
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            expected =
            [
                $"buffer: {length} bytes",
                .. rows,
                .. vertices.Select(v => new Oracles.Vertex(new((float)v[0], (float)v[1], (float)v[2]), new((ushort)v[3], (ushort)v[4], (ushort)v[5])).ToString()),
            ];
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }

        Assert.Equal(expected, printed.Select(line => line.TrimEnd('\r')));
        Assert.Equal("Vertex { Position = Vector { X = 7.5, Y = -8.25, Z = 9 }, Color = Color { Red = 100, Green = 200, Blue = 300 } }", printed[^2]);
        Assert.Equal("00 01 02 03 04 05 06 07 08 09 10 11 12 13 14 15 16 17 18 19", printed[1]);
    }

    /// <summary>The built sample next to this test build: same configuration and target framework.</summary>
    internal static string SampleDll()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = output.Name;
        var configuration = output.Parent!.Name;
        var root = output;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "MmapRecords.sln")))
        {
            root = root.Parent;
        }

        Assert.True(root is not null, $"No MmapRecords.sln above {AppContext.BaseDirectory}.");
        var dll = Path.Combine(root!.FullName, "samples", "ColoredVertices", "bin", configuration, framework, "ColoredVertices.dll");
        Assert.True(File.Exists(dll), $"The sample is not built at {dll}; the test project references it, so building the tests builds it.");
        return dll;
    }

    internal static string Run(string program, string[] arguments, params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(60_000), $"{program} did not finish within a minute.");
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}: {stderr.Result}");
        return stdout;
    }
}
