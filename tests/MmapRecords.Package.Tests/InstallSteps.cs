using System.Text.RegularExpressions;
using MmapRecords.Testing;

namespace MmapRecords.Package.Tests;

/// <summary>
/// The commands the README's "Install" section gives for installing the package before it is published: the
/// first shell block under that heading, exactly as written (comments included, which the shell ignores).
/// </summary>
internal static partial class InstallSteps
{
    public static string Section { get; } = ReadSection();

    /// <summary>The first command: pack the package into a folder (run in the clone's root folder).</summary>
    public static string Pack => Commands[0];

    /// <summary>The second command: add the package from that folder (run in the user's project folder).</summary>
    public static string Add => Commands[1];

    public static IReadOnlyList<string> Commands { get; } = ReadCommands();

    private static string ReadSection()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var start = readme.IndexOf("\n## Install\n", StringComparison.Ordinal);
        if (start < 0)
        {
            throw new InvalidOperationException("The README has no '## Install' section.");
        }

        var end = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return end < 0 ? readme[start..] : readme[start..end];
    }

    private static List<string> ReadCommands()
    {
        var block = ShellBlock().Match(Section);
        if (!block.Success)
        {
            throw new InvalidOperationException("The README's Install section has no ```sh block.");
        }

        return [.. block.Groups[1].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
    }

    [GeneratedRegex(@"```sh\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex ShellBlock();
}
