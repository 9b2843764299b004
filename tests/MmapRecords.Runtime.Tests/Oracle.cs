using System.Buffers.Binary;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text;

// These tests use Linux facilities (/proc/self, flock, chattr, setpriv) on purpose: the kernel is the oracle.
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]

namespace MmapRecords.Runtime.Tests;

/// <summary>Independent ways to look at files: RandomAccess reads, outside programs, the kernel's view of this process.</summary>
internal static class Oracle
{
    public static byte[] ReadBytes(string path, long offset, int count)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        var buffer = new byte[count];
        var read = RandomAccess.Read(handle, buffer, offset);
        Assert.Equal(count, read);
        return buffer;
    }

    public static void WriteBytes(string path, long offset, ReadOnlySpan<byte> bytes)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
        RandomAccess.Write(handle, bytes, offset);
    }

    public static string Sha256(string path) => Run("sha256sum", path).Split(' ')[0];

    /// <summary>Bytes of a file as a separate python3 process reads them (hex).</summary>
    public static string PythonHex(string path, long offset, int count) =>
        Run("python3", "-c", "import sys\nf=open(sys.argv[1],'rb'); f.seek(int(sys.argv[2])); sys.stdout.write(f.read(int(sys.argv[3])).hex())", path, offset.ToString(System.Globalization.CultureInfo.InvariantCulture), count.ToString(System.Globalization.CultureInfo.InvariantCulture)).Trim();

    public static string Run(string program, params string[] args)
    {
        var (code, stdout, stderr) = RunProcess(program, args);
        Assert.True(code == 0, $"{program} {string.Join(' ', args)} exited with {code}: {stderr}");
        return stdout;
    }

    public static (int Code, string Stdout, string Stderr) RunProcess(string program, IEnumerable<string> args, IDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        if (environment is not null)
        {
            foreach (var (key, value) in environment)
            {
                start.Environment[key] = value;
            }
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} {string.Join(' ', args)} did not finish in 2 minutes.");
        }

        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>The lines of /proc/self/maps that map <paramref name="path"/> (the kernel's own account).</summary>
    public static string[] MapsOf(string path) =>
        File.ReadAllLines("/proc/self/maps").Where(line => line.EndsWith(" " + path, StringComparison.Ordinal)).ToArray();

    /// <summary>How many of this process's file descriptors point at <paramref name="path"/>.</summary>
    public static int DescriptorsOf(string path)
    {
        var count = 0;
        foreach (var fd in Directory.EnumerateFileSystemEntries("/proc/self/fd"))
        {
            try
            {
                if (new FileInfo(fd).LinkTarget == path)
                {
                    count++;
                }
            }
            catch (IOException)
            {
                // The descriptor closed while we looked.
            }
        }

        return count;
    }

    public static byte[] RandomBytes(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    public static string RepoRoot([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", ".."));
}
