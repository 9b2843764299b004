using System.IO;

namespace MmapRecords.Generator.Tests.ConsumerBuild;

/// <summary>
/// <c>dotnet format analyzers</c> with several layout ids at once, over a real project: every fix is applied, and
/// three runs over fresh copies give the same text. (Fixes used to get diagnostics whose spans earlier fixes had
/// moved, so each run applied a different subset.)
/// </summary>
public sealed class DotnetFormatTests
{
    private const string Source = """
        using MmapRecords;

        namespace Demo;

        [Record(Size = 4)]
        public readonly struct Plain
        {
            [Field(0)] public int X => 0;
        }

        [Record(Size = 4)]
        internal struct Bare
        {
        }

        [Record(Size = 8, Stride = 4)]
        public readonly partial struct Short
        {
            [Field(0)] public partial long V { get; }
        }

        [Record]
        public readonly partial struct NoSize
        {
            [Field(0)] public partial int V { get; }
        }

        [Record(Size = 4)]
        public readonly partial struct TooSmall
        {
            [Field(2)] public partial int V { get; }
            [Field(6)] public partial short W { get; }
        }

        [Record(Size = 12)]
        public readonly partial struct Named
        {
            [Field(0)] public partial string Name { get; }
            [Field(8)] public partial int Id { get; }
        }

        [Record(Size = 8)]
        public readonly partial struct Codes
        {
            [Field(0)] public partial ushort[] Values { get; }
        }
        """;

    private const string Fixed = """
        using MmapRecords;

        namespace Demo;

        [Record(Size = 4)]
        public readonly partial struct Plain
        {
            [Field(0)] public int X => 0;
        }

        [Record(Size = 4)]
        internal partial struct Bare
        {
        }

        [Record(Size = 8, Stride = 8)]
        public readonly partial struct Short
        {
            [Field(0)] public partial long V { get; }
        }

        [Record(Size = 4)]
        public readonly partial struct NoSize
        {
            [Field(0)] public partial int V { get; }
        }

        [Record(Size = 8)]
        public readonly partial struct TooSmall
        {
            [Field(2)] public partial int V { get; }
            [Field(6)] public partial short W { get; }
        }

        [Record(Size = 12)]
        public readonly partial struct Named
        {
            [Field(0, Length = 8)] public partial string Name { get; }
            [Field(8)] public partial int Id { get; }
        }

        [Record(Size = 8)]
        public readonly partial struct Codes
        {
            [Field(0, Length = 4)] public partial ushort[] Values { get; }
        }
        """;

    [Fact]
    public void Several_ids_at_once_apply_every_fix_the_same_way_on_every_run()
    {
        var results = new List<string>();
        for (var run = 0; run < 3; run++)
        {
            using var projects = new ConsumerProjects();
            var directory = projects.Add("Format", Source, withCodeFixes: true);
            projects.WriteIsolation();
            var result = Tool.Run(
                "dotnet",
                ["format", "analyzers", "Format.csproj", "--diagnostics", "MMR002", "MMR003", "MMR007", "MMR001", "--verbosity", "normal"],
                directory,
                timeout: TimeSpan.FromMinutes(10));
            Assert.True(result.ExitCode == 0, result.All);
            Assert.DoesNotContain("didn't return a Fix All action", result.Output, StringComparison.Ordinal);
            results.Add(File.ReadAllText(Path.Combine(directory, "Records.cs")).ReplaceLineEndings("\n"));
        }

        // MMR006 on Plain.X is no fixable id here and stays; MMR004 would be a new mistake and does not appear.
        Assert.All(results, text => Assert.Equal(Fixed.ReplaceLineEndings("\n"), text.TrimEnd('\n')));
    }
}
