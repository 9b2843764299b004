using System.IO;
using System.Linq;
using System.Text.Json;
using MmapRecords.CodeFixes;

namespace MmapRecords.Generator.Tests.ConsumerBuild;

/// <summary>One diagnostic as <c>dotnet build</c> printed it.</summary>
/// <param name="Project">The project's name.</param>
/// <param name="File">The file's name.</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Id">The diagnostic id.</param>
/// <param name="Text">The message, for failure messages.</param>
internal sealed record BuiltDiagnostic(string Project, string File, int Line, string Id, string Text);

/// <summary>
/// Consumer projects written to a temporary directory and built with the real <c>dotnet build</c>, as a user builds.
/// They reference the runtime and use the generator (and code fixes) as analyzers through the very assemblies this
/// test project builds, rather than a packed .nupkg: the package's layout is the package tests' concern, and
/// skipping the pack keeps these builds fast on a shared machine.
/// </summary>
internal sealed class ConsumerProjects : IDisposable
{
    private readonly TempDirectory _temp = new();

    public string Root => _temp.Path;

    /// <summary>Writes a project named <paramref name="name"/> with one source file, <c>Records.cs</c>.</summary>
    public string Add(string name, string source, string languageVersion = "latest", bool withCodeFixes = false)
    {
        var directory = Path.Combine(Root, name);
        Directory.CreateDirectory(directory);
        var codeFixes = withCodeFixes ? $"""    <Analyzer Include="{typeof(AddPartialCodeFix).Assembly.Location}" />""" : string.Empty;
        File.WriteAllText(Path.Combine(directory, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <LangVersion>{languageVersion}</LangVersion>
                <ErrorLog>$(MSBuildProjectDirectory)/diagnostics.sarif,version=2.1</ErrorLog>
              </PropertyGroup>
              <ItemGroup>
                <Reference Include="MmapRecords" HintPath="{typeof(MappedFile).Assembly.Location}" />
                <Analyzer Include="{typeof(RecordGenerator).Assembly.Location}" />
            {codeFixes}
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, "Records.cs"), source);
        return directory;
    }

    /// <summary>Builds every project in one <c>dotnet build</c> (of a solution); returns each diagnostic as often as the compiler reported it.</summary>
    public (ToolResult Result, BuiltDiagnostic[] Diagnostics) BuildAll()
    {
        WriteIsolation();
        var projects = Directory.GetFiles(Root, "*.csproj", SearchOption.AllDirectories).Order(StringComparer.Ordinal);
        File.WriteAllText(
            Path.Combine(Root, "All.slnx"),
            "<Solution>\n" + string.Concat(projects.Select(p => $"  <Project Path=\"{Path.GetRelativePath(Root, p)}\" />\n")) + "</Solution>\n");

        var result = Tool.Run("dotnet", ["build", "All.slnx", "-tl:off", "-v:q", "-nodeReuse:false"], Root, timeout: TimeSpan.FromMinutes(10));

        // The compiler's own log (SARIF) of each project holds every diagnostic exactly as often as it was reported,
        // unlike the console, which repeats some.
        var diagnostics = new List<BuiltDiagnostic>();
        foreach (var project in projects)
        {
            var log = Path.Combine(Path.GetDirectoryName(project)!, "diagnostics.sarif");
            Assert.True(File.Exists(log), $"{project} was not compiled:\n{result.All}");
            using var document = JsonDocument.Parse(File.ReadAllText(log));
            foreach (var run in document.RootElement.GetProperty("runs").EnumerateArray())
            {
                foreach (var diagnostic in run.TryGetProperty("results", out var results) ? results.EnumerateArray() : default)
                {
                    var location = diagnostic.GetProperty("locations")[0].GetProperty("physicalLocation");
                    diagnostics.Add(new BuiltDiagnostic(
                        Path.GetFileNameWithoutExtension(project),
                        Path.GetFileName(new Uri(location.GetProperty("artifactLocation").GetProperty("uri").GetString()!).LocalPath),
                        location.GetProperty("region").GetProperty("startLine").GetInt32(),
                        diagnostic.GetProperty("ruleId").GetString()!,
                        diagnostic.GetProperty("message").GetProperty("text").GetString()!));
                }
            }
        }

        return (result, [.. diagnostics]);
    }

    /// <summary>Empty Directory.Build.props/.targets, so that MSBuild does not look above the temporary directory.</summary>
    public void WriteIsolation()
    {
        File.WriteAllText(Path.Combine(Root, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(Root, "Directory.Build.targets"), "<Project />");
    }

    /// <summary>The 1-based line of <paramref name="source"/> that contains <paramref name="text"/> (exactly one must).</summary>
    public static int LineOf(string source, string text)
    {
        var lines = source.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var matches = Enumerable.Range(0, lines.Length).Where(i => lines[i].Contains(text, StringComparison.Ordinal)).ToArray();
        Assert.True(matches.Length == 1, $"'{text}' is on {matches.Length} lines of the source, not one.");
        return matches[0] + 1;
    }

    public void Dispose() => _temp.Dispose();
}
