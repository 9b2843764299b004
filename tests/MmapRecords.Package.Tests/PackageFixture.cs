using System.IO.Compression;
using System.Xml.Linq;
using MmapRecords.Testing;

namespace MmapRecords.Package.Tests;

/// <summary>
/// Packs the runtime project once (into a folder of its own, with a build of its own, so nothing from the
/// repository's bin/ or obj/ can leak in), and lays out a user's solution outside the repository that
/// restores MmapRecords from that folder as a package feed, with a private package cache.
/// </summary>
public sealed class PackageFixture : IDisposable
{
    private static readonly string TestRoot = Path.Combine(Path.GetTempPath(), "mmaprecords-package-tests");

    public PackageFixture()
    {
        WorkDirectory = Path.Combine(TestRoot, Guid.NewGuid().ToString("N"));
        ConsumerDirectory = Path.Combine(WorkDirectory, "Consumer");
        FeedDirectory = Path.Combine(ConsumerDirectory, "feed");

        // Packages are cached by id and version: a cache of our own, without any MmapRecords in it, so that the
        // consumer can only get the package just packed. (The rest of the cache is kept between runs: speed.)
        PackagesDirectory = Path.Combine(TestRoot, "nuget-packages");
        var cached = Path.Combine(PackagesDirectory, "mmaprecords");
        if (Directory.Exists(cached))
        {
            Directory.Delete(cached, recursive: true);
        }

        CopyDirectory(Path.Combine(AppContext.BaseDirectory, "Consumer"), ConsumerDirectory);
        Directory.CreateDirectory(FeedDirectory);

        PackResult = DotNet(
            Repository.Root,
            "pack", Path.Combine(Repository.Root, "src", "Runtime"),
            "-c", "Release",
            "--artifacts-path", Path.Combine(WorkDirectory, "artifacts"),
            "-o", FeedDirectory);
        PackResult.EnsureSuccess();

        PackagePath = Directory.GetFiles(FeedDirectory, "*.nupkg").Single();
        using (var package = ZipFile.OpenRead(PackagePath))
        {
            var nuspec = package.GetEntry("MmapRecords.nuspec") ?? throw new InvalidOperationException("No nuspec in the package.");
            using var stream = nuspec.Open();
            Nuspec = XDocument.Load(stream);
        }

        Version = Nuspec.Descendants().Single(e => e.Name.LocalName == "version").Value;

        // The user's project names the package version it wants, as any project does.
        var recordsProject = Path.Combine(ConsumerDirectory, "Records", "Records.csproj");
        File.WriteAllText(recordsProject, File.ReadAllText(recordsProject).Replace("$(MmapRecordsVersion)", Version, StringComparison.Ordinal));

        RestoreResult = DotNet(ConsumerDirectory, "restore", "App");
        RestoreResult.EnsureSuccess();
    }

    public string WorkDirectory { get; }

    public string ConsumerDirectory { get; }

    public string FeedDirectory { get; }

    public string PackagesDirectory { get; }

    public string PackagePath { get; }

    public string Version { get; }

    public XDocument Nuspec { get; }

    public ToolResult PackResult { get; }

    public ToolResult RestoreResult { get; }

    /// <summary>Where the pack's own build put an assembly: artifacts/bin/&lt;project&gt;/release[_tfm]/.</summary>
    public string BuiltAssembly(string project, string folder) =>
        Path.Combine(WorkDirectory, "artifacts", "bin", project, folder, project + ".dll");

    /// <summary>Runs the dotnet CLI with the private package cache and no build servers left behind.</summary>
    public ToolResult DotNet(string workingDirectory, params string[] arguments) =>
        DotNet(workingDirectory, arguments, extraEnvironment: null);

    public ToolResult DotNet(string workingDirectory, string[] arguments, IReadOnlyDictionary<string, string?>? extraEnvironment)
    {
        var environment = new Dictionary<string, string?>
        {
            ["NUGET_PACKAGES"] = PackagesDirectory,
            ["MSBUILDDISABLENODEREUSE"] = "1",
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
            ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
            // Set by the test host's own dotnet; a nested build must find its SDK afresh.
            ["MSBuildExtensionsPath"] = null,
            ["MSBuildSDKsPath"] = null,
            ["MSBUILD_EXE_PATH"] = null,
            ["MSBuildLoadMicrosoftTargetsReadOnly"] = null,
        };
        foreach (var (name, value) in extraEnvironment ?? new Dictionary<string, string?>())
        {
            environment[name] = value;
        }

        var commands = new HashSet<string> { "build", "pack", "restore" };
        string[] all = commands.Contains(arguments[0]) ? [.. arguments, "-nodeReuse:false", "-tl:off"] : arguments;
        return Tool.Run("dotnet", all, workingDirectory, environment, TimeSpan.FromMinutes(8));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(WorkDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var directory in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(directory.Replace(from, to, StringComparison.Ordinal));
        }

        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, file.Replace(from, to, StringComparison.Ordinal));
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PackageTestGroup : ICollectionFixture<PackageFixture>
{
    public const string Name = "package";
}
