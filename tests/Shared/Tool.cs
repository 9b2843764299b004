using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text;

namespace MmapRecords.Testing;

/// <summary>What an outside program printed and how it exited.</summary>
/// <param name="ExitCode">The process's exit code.</param>
/// <param name="Output">Standard output.</param>
/// <param name="Error">Standard error.</param>
/// <param name="CommandLine">The command, for failure messages.</param>
public sealed record ToolResult(int ExitCode, string Output, string Error, string CommandLine)
{
    /// <summary>Standard output and standard error, for failure messages.</summary>
    public string All => $"$ {CommandLine}\n(exit code {ExitCode})\n{Output}\n{Error}";

    /// <summary>Throws with everything the program printed unless it exited with 0.</summary>
    public ToolResult EnsureSuccess() =>
        ExitCode == 0 ? this : throw new InvalidOperationException($"The command failed:\n{All}");
}

/// <summary>Runs outside programs (dotnet, identify, sqlite3, tar) the way a shell would.</summary>
public static class Tool
{
    /// <summary>Runs <paramref name="fileName"/> and waits for it, at most <paramref name="timeout"/>.</summary>
    public static ToolResult Run(
        string fileName,
        IEnumerable<string> arguments,
        string? workingDirectory = null,
        IReadOnlyDictionary<string, string?>? environment = null,
        TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        var commandLine = string.Join(' ', start.ArgumentList.Prepend(fileName));
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {commandLine}");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"Could not start '{fileName}' (is it installed? .ci/run installs it): {e.Message}", e);
        }

        using (process)
        {
            process.StandardInput.Close();
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout ?? TimeSpan.FromMinutes(10)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{commandLine} did not finish in {timeout}:\n{output.Result}\n{error.Result}");
            }

            process.WaitForExit();
            return new ToolResult(process.ExitCode, output.Result, error.Result, commandLine);
        }
    }

    /// <summary>Runs <paramref name="fileName"/> and throws unless it exits with 0.</summary>
    public static string Output(string fileName, params string[] arguments) =>
        Run(fileName, arguments).EnsureSuccess().Output;
}

/// <summary>Where the repository is, found from this file's own path at compile time.</summary>
public static class Repository
{
    /// <summary>The repository's root: the folder that holds MmapRecords.sln.</summary>
    public static string Root { get; } = FindRoot();

    private static string FindRoot([CallerFilePath] string path = "")
    {
        for (var directory = Path.GetDirectoryName(path); directory is not null; directory = Path.GetDirectoryName(directory))
        {
            if (File.Exists(Path.Combine(directory, "MmapRecords.sln")))
            {
                return directory;
            }
        }

        throw new InvalidOperationException($"No MmapRecords.sln above {path}.");
    }
}
