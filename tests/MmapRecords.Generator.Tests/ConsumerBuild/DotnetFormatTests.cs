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

        [Record(Size = 8, ByteOrder = ByteOrder.Variable)]
        public readonly partial struct Entry
        {
            [Field(0, ByteOrder = ByteOrder.Variable)] public partial uint Tag { get; }
            [Field(4, Length = 2, ByteOrder = ByteOrder.Variable)] public partial ushort[] Codes { get; }
        }

        [Record(Size = 16, ByteOrder = ByteOrder.Variable)]
        public readonly partial struct Samples
        {
            [Field(0, Length = 4)] public partial System.ReadOnlySpan<ushort> Values { get; }
            [Field(8, Length = 2)] public partial System.ReadOnlySpan<int> Pairs { get; }
        }

        [Record(Size = 4)]
        public readonly partial struct Item
        {
            [Field(0)] public partial uint Value { get; set; }
        }

        [Record(Size = 16)]
        public readonly partial struct Holder
        {
            [Field(0, Length = 2)] public partial RecordView<Item> First { get; set; }
            [Field(8, Length = 2)] public partial RecordView<Item> Second { get; set; }
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

        [Record(Size = 8, ByteOrder = ByteOrder.Variable)]
        public readonly partial struct Entry
        {
            [Field(0)] public partial uint Tag { get; }
            [Field(4, Length = 2)] public partial ushort[] Codes { get; }
        }

        [Record(Size = 16, ByteOrder = ByteOrder.Variable)]
        public readonly partial struct Samples
        {
            [Field(0, Length = 4)] public partial ushort[] Values { get; }
            [Field(8, Length = 2)] public partial int[] Pairs { get; }
        }

        [Record(Size = 4)]
        public readonly partial struct Item
        {
            [Field(0)] public partial uint Value { get; set; }
        }

        [Record(Size = 16)]
        public readonly partial struct Holder
        {
            [Field(0, Length = 2)] public partial RecordView<Item> First { get; }
            [Field(8, Length = 2)] public partial RecordView<Item> Second { get; }
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
                ["format", "analyzers", "Format.csproj", "--diagnostics", "MMR002", "MMR003", "MMR007", "MMR001", "MMR010", "MMR011", "MMR013", "--verbosity", "normal"],
                directory,
                timeout: TimeSpan.FromMinutes(10));
            Assert.True(result.ExitCode == 0, result.All);
            Assert.DoesNotContain("didn't return a Fix All action", result.Output, StringComparison.Ordinal);
            results.Add(File.ReadAllText(Path.Combine(directory, "Records.cs")).ReplaceLineEndings("\n"));
        }

        // MMR006 on Plain.X is no fixable id here and stays; MMR004 would be a new mistake and does not appear.
        Assert.All(results, text => Assert.Equal(Fixed.ReplaceLineEndings("\n"), text.TrimEnd('\n')));
    }

    /// <summary>
    /// The fixes of the run-time order and table rules (MMR010, MMR011, MMR013) through <c>dotnet format</c>: the
    /// project they leave builds without a diagnostic, including its code that reads the fixed fields.
    /// </summary>
    [Fact]
    public void Order_and_table_fixes_leave_a_project_that_builds_clean()
    {
        const string Records = """
            using MmapRecords;

            namespace Demo;

            [Record(Size = 8, ByteOrder = ByteOrder.Variable)]
            public readonly partial struct Entry
            {
                [Field(0, ByteOrder = ByteOrder.Variable)] public partial uint Tag { get; }
                [Field(4, Length = 2)] public partial System.ReadOnlySpan<ushort> Codes { get; }
            }

            [Record(Size = 4)]
            public readonly partial struct Item
            {
                [Field(0)] public partial uint Value { get; set; }
            }

            [Record(Size = 8)]
            public readonly partial struct Holder
            {
                [Field(0, Length = 2)] public partial RecordView<Item> Items { get; set; }
            }

            public static class Use
            {
                public static uint Sum(MappedFile file)
                {
                    var entry = file.Read<Entry>(0, ByteOrder.BigEndian);
                    var holder = file.Read<Holder>(8);
                    return entry.Tag + entry.Codes[1] + holder.Items[1].Value;
                }
            }
            """;

        using var projects = new ConsumerProjects();
        var directory = projects.Add("Format", Records, withCodeFixes: true);
        projects.WriteIsolation();
        var result = Tool.Run(
            "dotnet",
            ["format", "analyzers", "Format.csproj", "--diagnostics", "MMR010", "MMR011", "MMR013", "--verbosity", "normal"],
            directory,
            timeout: TimeSpan.FromMinutes(10));
        Assert.True(result.ExitCode == 0, result.All);

        var expected = Records
            .Replace("[Field(0, ByteOrder = ByteOrder.Variable)]", "[Field(0)]", StringComparison.Ordinal)
            .Replace("System.ReadOnlySpan<ushort> Codes", "ushort[] Codes", StringComparison.Ordinal)
            .Replace("Items { get; set; }", "Items { get; }", StringComparison.Ordinal);
        Assert.Equal(expected.ReplaceLineEndings("\n"), File.ReadAllText(Path.Combine(directory, "Records.cs")).ReplaceLineEndings("\n").TrimEnd('\n'));

        var (build, diagnostics) = projects.BuildAll();
        Assert.True(build.ExitCode == 0 && diagnostics.Length == 0, $"{string.Join("\n", diagnostics)}\n{build.All}");
    }
}
