using System.IO.Compression;
using System.Xml.Linq;
using MmapRecords.Testing;

namespace MmapRecords.Package.Tests;

/// <summary>
/// Packs the package the way the README's install steps say, on a copy of the repository: the working tree's files
/// (tracked and new, nothing git ignores, so no bin/ or obj/) in a fresh git repository without any remote, as a
/// clone on a fresh machine would be. The README's pack command runs there word for word, with HOME set to a folder
/// of this test (where its ~ points) and a private package cache. Then a user's solution outside the repository
/// restores MmapRecords from the packed folder.
/// </summary>
public sealed class PackageFixture : IDisposable
{
    // One folder per repository clone (several clones on one machine must not share a package cache: each deletes
    // MmapRecords from it), kept between runs so that the other packages are not downloaded every time.
    private static readonly string TestRoot = Path.Combine(
        Path.GetTempPath(),
        "mmaprecords-package-tests",
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Repository.Root)))[..12]);

    // Held while the fixture lives: two runs from the same clone take turns with the cache.
    private readonly FileStream _lock;

    public PackageFixture()
    {
        _lock = TakeLock(Path.Combine(TestRoot, "lock"));
        WorkDirectory = Path.Combine(TestRoot, Guid.NewGuid().ToString("N"));
        HomeDirectory = Path.Combine(WorkDirectory, "home");
        CloneDirectory = Path.Combine(WorkDirectory, "MmapRecords");
        ConsumerDirectory = Path.Combine(WorkDirectory, "Consumer");
        FeedDirectory = Path.Combine(ConsumerDirectory, "feed");
        Directory.CreateDirectory(HomeDirectory);

        // Packages are cached by id and version: a cache of our own, without any MmapRecords in it, so that the
        // consumer can only get the package just packed. (The rest of the cache is kept between runs: speed.)
        PackagesDirectory = Path.Combine(TestRoot, "nuget-packages");
        var cached = Path.Combine(PackagesDirectory, "mmaprecords");
        if (Directory.Exists(cached))
        {
            Directory.Delete(cached, recursive: true);
        }

        CopyWorkingTree(Repository.Root, CloneDirectory);
        Git("init", "-q");
        Git("add", "-A");
        Git("-c", "user.name=MmapRecords tests", "-c", "user.email=tests@mmaprecords.invalid", "-c", "commit.gpgsign=false", "commit", "-q", "-m", "Snapshot of the working tree");
        CloneCommit = Git("rev-parse", "HEAD").Trim();

        PackResult = Shell(CloneDirectory, InstallSteps.Pack);
        PackResult.EnsureSuccess();

        var packed = Directory.GetFiles(HomeDirectory, "*.nupkg", SearchOption.AllDirectories);
        PackagePath = Assert.Single(packed);
        SymbolPackagePath = Path.ChangeExtension(PackagePath, ".snupkg");
        using (var package = ZipFile.OpenRead(PackagePath))
        {
            var nuspec = package.GetEntry("MmapRecords.nuspec") ?? throw new InvalidOperationException("No nuspec in the package.");
            using var stream = nuspec.Open();
            Nuspec = XDocument.Load(stream);
        }

        Version = Nuspec.Descendants().Single(e => e.Name.LocalName == "version").Value;

        CopyDirectory(Path.Combine(AppContext.BaseDirectory, "Consumer"), ConsumerDirectory);
        Directory.CreateDirectory(FeedDirectory);
        File.Copy(PackagePath, Path.Combine(FeedDirectory, Path.GetFileName(PackagePath)));

        // The user's project names the package version it wants, as any project does.
        var recordsProject = Path.Combine(ConsumerDirectory, "Records", "Records.csproj");
        File.WriteAllText(recordsProject, File.ReadAllText(recordsProject).Replace("$(MmapRecordsVersion)", Version, StringComparison.Ordinal));

        RestoreResult = DotNet(ConsumerDirectory, "restore", "App");
        RestoreResult.EnsureSuccess();
    }

    public string WorkDirectory { get; }

    public string HomeDirectory { get; }

    public string CloneDirectory { get; }

    /// <summary>The commit of the copy that was packed: the one source link must name.</summary>
    public string CloneCommit { get; }

    public string ConsumerDirectory { get; }

    public string FeedDirectory { get; }

    public string PackagesDirectory { get; }

    public string PackagePath { get; }

    public string SymbolPackagePath { get; }

    public string Version { get; }

    public XDocument Nuspec { get; }

    public ToolResult PackResult { get; }

    public ToolResult RestoreResult { get; }

    /// <summary>Where the pack's own build put an analyzer assembly in the packed copy.</summary>
    public string BuiltAnalyzer(string folder, string assembly) =>
        Path.Combine(CloneDirectory, "src", folder, "bin", "Release", "netstandard2.0", assembly + ".dll");

    /// <summary>Runs one line with bash, as a user pastes it into a terminal: HOME is this test's, so ~ is too.</summary>
    public ToolResult Shell(string workingDirectory, string commandLine) =>
        Tool.Run("bash", ["-c", commandLine], workingDirectory, CommandEnvironment(null), TimeSpan.FromMinutes(8));

    /// <summary>Runs the dotnet CLI with the private package cache and no build servers left behind.</summary>
    public ToolResult DotNet(string workingDirectory, params string[] arguments) =>
        DotNet(workingDirectory, arguments, extraEnvironment: null);

    public ToolResult DotNet(string workingDirectory, string[] arguments, IReadOnlyDictionary<string, string?>? extraEnvironment)
    {
        var commands = new HashSet<string> { "build", "pack", "restore" };
        string[] all = commands.Contains(arguments[0]) ? [.. arguments, "-nodeReuse:false", "-tl:off"] : arguments;
        return Tool.Run("dotnet", all, workingDirectory, CommandEnvironment(extraEnvironment), TimeSpan.FromMinutes(8));
    }

    /// <summary>
    /// What every command of these tests runs with: a home folder and a package cache of their own, no build
    /// servers left behind, and none of the test host's MSBuild settings.
    /// </summary>
    private Dictionary<string, string?> CommandEnvironment(IReadOnlyDictionary<string, string?>? extraEnvironment)
    {
        var environment = new Dictionary<string, string?>
        {
            ["HOME"] = HomeDirectory,
            // Build servers would outlive the test; MSBuild node reuse is off through MSBUILDDISABLENODEREUSE.
            ["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0",
            ["UseSharedCompilation"] = "false",
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

        return environment;
    }

    private string Git(params string[] arguments) =>
        Tool.Run("git", arguments, CloneDirectory, new Dictionary<string, string?> { ["HOME"] = HomeDirectory }).EnsureSuccess().Output;

    /// <summary>Copies what a clone would hold: the files git tracks or would track (git ignores bin/, obj/ and the like).</summary>
    private static void CopyWorkingTree(string from, string to)
    {
        var files = Tool.Run("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], from).EnsureSuccess().Output
            .Split('\0', StringSplitOptions.RemoveEmptyEntries);
        foreach (var file in files)
        {
            var source = Path.Combine(from, file);
            if (!File.Exists(source))
            {
                continue; // Deleted in the working tree but not yet in the index.
            }

            var target = Path.Combine(to, file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(source, target);
        }
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
        finally
        {
            _lock.Dispose();
        }
    }

    private static FileStream TakeLock(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(30);
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(TimeSpan.FromSeconds(2));
            }
        }
    }

    /// <summary>Copies a folder and everything in it, except folders with one of the <paramref name="skip"/> names.</summary>
    public static void CopyDirectory(string from, string to, IReadOnlyCollection<string>? skip = null)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var directory in Directory.GetDirectories(from))
        {
            if (skip is null || !skip.Contains(Path.GetFileName(directory)))
            {
                CopyDirectory(directory, Path.Combine(to, Path.GetFileName(directory)), skip);
            }
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PackageTestGroup : ICollectionFixture<PackageFixture>
{
    public const string Name = "package";
}
