using System.Text.RegularExpressions;
using MmapRecords.Testing;
using Xunit.Abstractions;

namespace MmapRecords.Package.Tests;

/// <summary>
/// A user's solution outside the repository (a library that declares records, a console app that maps a file)
/// restores the packed MmapRecords and builds with Nullable, TreatWarningsAsErrors, AnalysisLevel latest-all
/// and GenerateDocumentationFile, for net10.0 and for net8.0 with LangVersion 13.
/// </summary>
[Collection(PackageTestGroup.Name)]
public sealed partial class ConsumerTests(PackageFixture fixture, ITestOutputHelper output)
{
    // What the console app must print for the file it writes with BinaryPrimitives (see Consumer/App/Program.cs):
    // the values it wrote, formatted as a record struct would format them.
    private static readonly string[] ExpectedOutput =
    [
        "header: Header { Magic = 1296912966, Kind = Vertices, Sealed = True, Count = 3, Checksum = -2 }",
        "count: 3",
        "vertex: Vertex { Position = Vector { X = 1, Y = 2, Z = 3 }, Color = Color { Red = 4, Green = 5, Blue = 6 } }",
        "vertex: Vertex { Position = Vector { X = 7.5, Y = -8.25, Z = 9 }, Color = Color { Red = 100, Green = 200, Blue = 300 } }",
        "vertex: Vertex { Position = Vector { X = 0.1, Y = 0.2, Z = 0.3 }, Color = Color { Red = 65535, Green = 0, Blue = 32768 } }",
        "written: 999",
        "detached: Vertex { Position = Vector { X = 0.1, Y = 0.2, Z = 0.3 }, Color = Color { Red = 65535, Green = 0, Blue = 32768 } }",
        // The debugger shows what ToString shows.
        "debugger display: {ToString(),nq}",
        // A Debug build of the user's code has the checked mode.
        "stale read: ObjectDisposedException",
    ];

    [Fact]
    public void A_net10_project_builds_without_a_single_warning_and_reads_the_file()
    {
        var build = Build("App", "net10.0");
        AssertCleanBuild(build);
        var run = fixture.DotNet(fixture.ConsumerDirectory, ["App/bin/Debug/net10.0/App.dll", Path.Combine(fixture.WorkDirectory, "net10.bin")], null);
        Assert.True(run.ExitCode == 0, run.All);
        Assert.Equal(ExpectedOutput, Lines(run.Output));
    }

    [Fact]
    public void A_net8_project_with_LangVersion_13_builds_without_a_single_warning_and_reads_the_file()
    {
        var build = Build("App", "net8.0");
        AssertCleanBuild(build);

        // Only run on a .NET 8 runtime if there is one; otherwise on the newest one, and say so.
        var runtimes = Tool.Output("dotnet", "--list-runtimes");
        var hasNet8 = runtimes.Contains("Microsoft.NETCore.App 8.", StringComparison.Ordinal);
        Dictionary<string, string?>? environment = null;
        if (!hasNet8)
        {
            output.WriteLine("No .NET 8 runtime on this machine: the net8.0 build runs on the newest runtime (DOTNET_ROLL_FORWARD=Major).");
            environment = new() { ["DOTNET_ROLL_FORWARD"] = "Major" };
        }

        var run = fixture.DotNet(fixture.ConsumerDirectory, ["App/bin/Debug/net8.0/App.dll", Path.Combine(fixture.WorkDirectory, "net8.bin")], environment);
        Assert.True(run.ExitCode == 0, run.All);
        Assert.Equal(ExpectedOutput, Lines(run.Output));
    }

    [Fact]
    public void A_field_past_the_end_of_its_record_fails_the_build_with_MMR003_and_no_compiler_error()
    {
        var mistake = Path.Combine(fixture.ConsumerDirectory, "Records", "Mistake.cs");
        File.WriteAllText(mistake, """
            using MmapRecords;

            namespace Consumer;

            /// <summary>Four bytes of data, but an int at offset 2 reaches byte 6.</summary>
            [Record(Size = 4)]
            public readonly partial struct TooShort
            {
                /// <summary>Reaches past the record.</summary>
                [Field(2)] public partial int Value { get; }
            }
            """);
        try
        {
            var build = Build("Records", "net10.0");
            Assert.True(build.ExitCode != 0, build.All);
            var diagnostics = Diagnostics(build.Output);
            Assert.Contains(diagnostics, d => Path.GetFileName(d.File) == "Mistake.cs" && d.Severity == "error" && d.Id == "MMR003");
            // The MMR error explains it; the compiler itself has nothing to add (no CS9248 for a missing
            // implementation, say). All of it is about the mistaken record.
            Assert.DoesNotContain(diagnostics, d => d.Id.StartsWith("CS", StringComparison.Ordinal));
            Assert.All(diagnostics, d => Assert.Equal("Mistake.cs", Path.GetFileName(d.File)));
        }
        finally
        {
            File.Delete(mistake);
        }
    }

    [SkippableFact]
    public void A_record_returned_from_the_method_that_disposes_its_file_shows_MMR100()
    {
        var analyzers = PackedAnalyzers.Load(fixture.PackagePath, Path.Combine(fixture.WorkDirectory, "analyzers-mmr100"));
        Skip.IfNot(
            analyzers.ReportedIds.Contains("MMR100"),
            $"The packed analyzers ({string.Join(", ", analyzers.AnalyzerTypes)}) report no MMR100: the lifetime analyzer is not in this build.");

        var escape = Path.Combine(fixture.ConsumerDirectory, "App", "Escape.cs");
        File.WriteAllText(escape, """
            using MmapRecords;

            namespace Consumer;

            internal static class Escape
            {
                internal static Vertex First(string path)
                {
                    using var file = MappedFile.Open(path);
                    return file.View<Vertex>()[0];
                }
            }
            """);
        try
        {
            // As a warning (the user's TreatWarningsAsErrors would make it an error).
            var build = Build("App", "net10.0", "-p:TreatWarningsAsErrors=false");
            var diagnostics = Diagnostics(build.Output);
            Assert.Contains(diagnostics, d => Path.GetFileName(d.File) == "Escape.cs" && d.Severity == "warning" && d.Id == "MMR100");
            Assert.All(diagnostics, d => Assert.Equal("MMR100", d.Id));
        }
        finally
        {
            File.Delete(escape);
        }
    }

    [Fact]
    public void The_oldest_supported_compiler_4_14_builds_the_solution_without_a_warning_and_it_reads_the_file()
    {
        // The same solution, compiled by the C# compiler 4.14 from the Microsoft.Net.Compilers.Toolset package
        // instead of the SDK's own: the version the README names as the minimum. (RoslynCompilerType keeps the SDK
        // from putting its own compiler back.)
        var copy = Path.Combine(fixture.WorkDirectory, "Consumer-4.14");
        PackageFixture.CopyDirectory(fixture.ConsumerDirectory, copy, skip: ["bin", "obj"]);
        // The compiler type must be known before the SDK's targets pick the compiler: in the props.
        var props = Path.Combine(copy, "Directory.Build.props");
        var text = File.ReadAllText(props);
        var end = text.LastIndexOf("</Project>", StringComparison.Ordinal);
        File.WriteAllText(props, text[..end] + "  <PropertyGroup>\n    <RoslynCompilerType>Package</RoslynCompilerType>\n  </PropertyGroup>\n</Project>\n");
        File.WriteAllText(Path.Combine(copy, "Directory.Build.targets"), """
            <Project>
              <ItemGroup>
                <PackageReference Include="Microsoft.Net.Compilers.Toolset" Version="4.14.0" PrivateAssets="all" />
              </ItemGroup>
            </Project>
            """);
        fixture.DotNet(copy, "restore", "App").EnsureSuccess();
        var build = fixture.DotNet(copy, ["build", "App", "-f", "net10.0", "--no-restore", "--no-incremental", "-v:n"], null);
        output.WriteLine(build.All);
        AssertCleanBuild(build);
        Assert.Contains("microsoft.net.compilers.toolset/4.14.0/tasks/netcore/bincore/csc.dll", build.Output, StringComparison.Ordinal);

        var run = fixture.DotNet(copy, ["App/bin/Debug/net10.0/App.dll", Path.Combine(copy, "net10.bin")], null);
        Assert.True(run.ExitCode == 0, run.All);
        Assert.Equal(ExpectedOutput, Lines(run.Output));
    }

    [Fact]
    public void On_a_compiler_older_than_the_generator_needs_the_build_warns_MMR900_with_both_versions_instead_of_loading_it()
    {
        // No SDK older than the generator's Roslyn is installed here, so the compiler in use is made "too old" by
        // requiring a version it does not reach. The check reads the real compiler's version; the compiler says
        // its own version with -version.
        var sdk = Tool.Output("dotnet", "--list-sdks").Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => SdkLine().Match(line)).Where(m => m.Success)
            .Single(m => m.Groups["version"].Value == Tool.Output("dotnet", "--version").Trim());
        var csc = Path.Combine(sdk.Groups["path"].Value, sdk.Groups["version"].Value, "Roslyn", "bincore", "csc.dll");
        var compilerVersion = Tool.Output("dotnet", csc, "-version").Trim();   // "5.9.0-3.25...", say
        var majorMinor = string.Join('.', compilerVersion.Split('.', '-').Take(2));

        var build = Build("Records", "net10.0", "-p:MmapRecordsRequiredCompilerVersion=99.0");
        var diagnostics = Diagnostics(build.Output);
        Assert.Contains(diagnostics, d => d.Id == "MMR900" && Path.GetFileName(d.File) == "Records.csproj");
        Assert.Contains("MmapRecords needs the C# compiler 99.0 or later (the .NET SDK 9.0.300 or later", build.Output, StringComparison.Ordinal);
        Assert.Matches($@"this build uses compiler {Regex.Escape(majorMinor)}\.", build.Output);

        // The generator and analyzers were not given to the compiler: no load failure (CS9057), no MMR diagnostic,
        // and the records' partial properties have no implementation (CS9248), which the warning explains.
        Assert.DoesNotContain(diagnostics, d => d.Id == "CS9057" || (d.Id.StartsWith("MMR", StringComparison.Ordinal) && d.Id != "MMR900"));
        Assert.Contains(diagnostics, d => d.Id == "CS9248");
    }

    [GeneratedRegex(@"^(?<version>\S+) \[(?<path>[^\]]+)\]")]
    private static partial Regex SdkLine();

    private ToolResult Build(string project, string framework, params string[] extra)
    {
        // --no-incremental: generator and analyzer diagnostics only appear when the compiler really runs.
        // No shared compiler server: it could hold analyzers from an earlier package at the same path.
        var build = fixture.DotNet(
            fixture.ConsumerDirectory,
            ["build", project, "-f", framework, "--no-restore", "--no-incremental", "-p:UseSharedCompilation=false", .. extra],
            null);
        output.WriteLine(build.All);
        return build;
    }

    private static void AssertCleanBuild(ToolResult build)
    {
        Assert.True(build.ExitCode == 0, build.All);
        Assert.Empty(Diagnostics(build.Output));
        Assert.Contains("0 Warning(s)", build.Output, StringComparison.Ordinal);
        Assert.Contains("0 Error(s)", build.Output, StringComparison.Ordinal);
    }

    private static List<(string File, string Severity, string Id)> Diagnostics(string buildOutput) =>
        [.. DiagnosticLine().Matches(buildOutput).Select(m => (m.Groups["file"].Value, m.Groups["severity"].Value, m.Groups["id"].Value)).Distinct()];

    private static string[] Lines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [GeneratedRegex(@"^[ \t]*(?<file>[^\s(][^(\r\n]*?)(\(\d+,\d+\))?[ \t]*:[ \t]*(?<severity>warning|error)[ \t]+(?<id>[A-Z]+\d+)[ \t]*:", RegexOptions.Multiline)]
    private static partial Regex DiagnosticLine();
}
