using System.Linq;

namespace MmapRecords.Generator.Tests.ConsumerBuild;

/// <summary>
/// Each layout mistake, built by the real <c>dotnet build</c>, shows its MMR diagnostic at the right file and line,
/// once, and no compiler noise (no CS9248 for a property left unimplemented, no CS0315 where a rejected record is
/// used, no CS0282). All situations build in one <c>dotnet build</c>; a project holds the mistakes that leave the
/// code compilable together, because a compiler error in a project stops its analyzers.
/// </summary>
public sealed class ConsumerBuildTests
{
    private const string Mixed = """
        using MmapRecords;

        namespace Demo;

        [Record(Size = 4)]
        public partial record struct Point
        {
            [Field(0)] public partial int X { get; }
        }

        [Record(Size = 4)]
        public readonly partial struct Box<T>
        {
            [Field(0)] public partial int X { get; }
        }

        [Record(Size = 0)]
        public readonly partial struct Empty
        {
            [Field(0)] public partial int X { get; }
        }

        [Record(Size = 4)]
        public readonly partial struct TooSmall
        {
            [Field(2)] public partial int X { get; }
        }

        [Record(Size = 8)]
        public readonly partial struct Overlap
        {
            [Field(0)] public partial int A { get; }
            [Field(2)] public partial int B { get; }
        }

        [Record(Size = 16)]
        public readonly partial struct Money
        {
            [Field(0)] public partial decimal Amount { get; }
        }

        [Record(Size = 4)]
        public readonly partial struct Init
        {
            [Field(0)] public partial int X { get; init; }
        }

        [Record(Size = 4)]
        public readonly partial struct Auto
        {
            [Field(0)] public int X { get; }
        }

        public partial struct Forgotten
        {
            [Field(0)] public partial int X { get; }
        }

        [Record(Size = 8)]
        public readonly partial struct Text
        {
            [Field(0)] public partial string Name { get; }
        }

        [Record(Size = 4)]
        public readonly partial struct Loop
        {
            [Field(0)] public partial Loop Self { get; }
        }

        [Record(Size = 8)]
        public readonly partial struct Parent
        {
            [Field(0)] public partial TooSmall Inner { get; }
        }

        """
        + "\n" + VariableField + "\n" + VariableSpan + "\n" + OddUtf16 + "\n" + TableSetter + "\n" + InvalidByteOrder
        + "\n" + MisalignedRef + "\n" + BigEndianRef + "\n" + VariableRef + "\n" + """

        public static class Use
        {
            public static long Count(MappedFile file) =>
                file.View<Point>().Count + file.View<Box<int>>().Count + file.View<TooSmall>().Count + file.View<Parent>().Count
                + file.View<Empty>().Count + file.View<Money>().Count + file.View<Init>().Count + file.View<Text>().Count + file.View<Loop>().Count
                + file.View<Entry>().Count + file.View<Samples>().Count + file.View<Partition>().Count + file.View<Holder>().Count
                + file.View<Word>().Count + file.View<Counter>().Count + file.View<Network>().Count + file.View<Shared>().Count;
        }
        """;

    // The later layout rules (MMR010–MMR016), one situation each: each is built alone in a project of its own, and
    // all of them in Mixed.
    private const string VariableField = """
        [Record(Size = 8, ByteOrder = ByteOrder.Variable)]
        public readonly partial struct Entry
        {
            [Field(0, ByteOrder = ByteOrder.Variable)] public partial uint Tag { get; }
            [Field(4)] public partial uint Value { get; }
        }
        """;

    private const string VariableSpan = """
        [Record(Size = 16, ByteOrder = ByteOrder.Variable)]
        public readonly partial struct Samples
        {
            [Field(0, Length = 8)] public partial System.ReadOnlySpan<ushort> Values { get; }
        }
        """;

    private const string OddUtf16 = """
        [Record(Size = 72)]
        public readonly partial struct Partition
        {
            [Field(0, Length = 71, Encoding = TextEncoding.Utf16)] public partial string Label { get; }
        }
        """;

    private const string TableSetter = """
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
        """;

    private const string InvalidByteOrder = """
        [Record(Size = 4, ByteOrder = (ByteOrder)7)]
        public readonly partial struct Word
        {
            [Field(0)] public partial uint Value { get; }
        }
        """;

    private const string MisalignedRef = """
        [Record(Size = 16)]
        public readonly partial struct Counter
        {
            [Field(0)] public partial int Magic { get; }
            [Field(4)] public partial ref long Count { get; }
        }
        """;

    private const string BigEndianRef = """
        [Record(Size = 8, ByteOrder = ByteOrder.BigEndian)]
        public readonly partial struct Network
        {
            [Field(0)] public partial ref long Sequence { get; }
        }
        """;

    private const string VariableRef = """
        [Record(Size = 8, ByteOrder = ByteOrder.Variable)]
        public readonly partial struct Shared
        {
            [Field(0)] public partial ref readonly long Stamp { get; }
        }
        """;

    private const string NotPartial = """
        using MmapRecords;

        namespace Demo;

        [Record(Size = 4)]
        public readonly struct Plain
        {
            [Field(0)] public partial int X { get; }
        }
        """;

    private const string Old = """
        using MmapRecords;

        namespace Demo;

        [Record(Size = 4)]
        public readonly partial struct Old
        {
            [Field(0)] public partial int X { get; }
        }
        """;

    private const string Class = """
        using MmapRecords;

        namespace Demo;

        [Record(Size = 4)]
        public partial class NotAStruct
        {
            [Field(0)] public partial int X { get; }
        }
        """;

    private const string Valid = """
        using MmapRecords;

        namespace Demo;

        [Record(Size = 4)]
        public readonly partial struct Fine
        {
            [Field(0)] public partial int X { get; }
        }

        public static class Use
        {
            public static string Text() => default(Fine).ToString();
        }
        """;

    [Fact]
    public void Every_layout_mistake_shows_its_diagnostic_at_its_line_once_and_nothing_else()
    {
        using var projects = new ConsumerProjects();
        projects.Add("Mixed", Mixed);
        projects.Add("NotPartial", NotPartial);
        projects.Add("Old", Old, languageVersion: "12");
        projects.Add("Class", Class);
        projects.Add("Valid", Valid);
        foreach (var (project, _, records, _, _) in Situations)
        {
            projects.Add(project, Alone(records, RecordName(records)));
        }

        var (result, diagnostics) = projects.BuildAll();
        var found = diagnostics.Select(d => (d.Project, d.File, d.Line, d.Id)).Order().ToArray();

        (string, string, int, string)[] expected =
        [
            // One project with one of each mistake that leaves the code compilable: every one shows, and nothing else,
            // though the code uses each rejected record as a type argument (IRecord<T> is implemented, throwing).
            ("Mixed", "Records.cs", ConsumerProjects.LineOf(Mixed, "record struct Point"), "MMR001"),
            ("Mixed", "Records.cs", ConsumerProjects.LineOf(Mixed, "struct Box<T>"), "MMR001"),
            ("Mixed", "Records.cs", ConsumerProjects.LineOf(Mixed, "Size = 0"), "MMR002"),
            ("Mixed", "Records.cs", ConsumerProjects.LineOf(Mixed, "[Field(2)] public partial int X"), "MMR003"),
            ("Mixed", "Records.cs", ConsumerProjects.LineOf(Mixed, "[Field(2)] public partial int B"), "MMR004"),
            ("Mixed", "Records.cs", ConsumerProjects.LineOf(Mixed, "decimal Amount"), "MMR005"),
            ("Mixed", "Records.cs", ConsumerProjects.LineOf(Mixed, "init; }"), "MMR006"),
            ("Mixed", "Records.cs", ConsumerProjects.LineOf(Mixed, "public int X { get; }"), "MMR006"),
            ("Mixed", "Records.cs", ConsumerProjects.LineOf(Mixed, "struct Forgotten") + 2, "MMR006"),
            ("Mixed", "Records.cs", ConsumerProjects.LineOf(Mixed, "string Name"), "MMR007"),
            ("Mixed", "Records.cs", ConsumerProjects.LineOf(Mixed, "struct Loop"), "MMR008"),
            ("Mixed", "Records.cs", ConsumerProjects.LineOf(Mixed, "uint Tag"), "MMR010"),
            ("Mixed", "Records.cs", ConsumerProjects.LineOf(Mixed, "ReadOnlySpan<ushort> Values"), "MMR011"),
            ("Mixed", "Records.cs", ConsumerProjects.LineOf(Mixed, "Length = 71"), "MMR012"),
            ("Mixed", "Records.cs", ConsumerProjects.LineOf(Mixed, "RecordView<Item> Items"), "MMR013"),
            ("Mixed", "Records.cs", ConsumerProjects.LineOf(Mixed, "struct Word"), "MMR014"),
            ("Mixed", "Records.cs", ConsumerProjects.LineOf(Mixed, "ref long Count"), "MMR015"),
            ("Mixed", "Records.cs", ConsumerProjects.LineOf(Mixed, "ref long Sequence"), "MMR016"),
            ("Mixed", "Records.cs", ConsumerProjects.LineOf(Mixed, "ref readonly long Stamp"), "MMR016"),

            // A struct without 'partial' that declares partial properties is a compiler error of its own (CS0751,
            // and CS9248 as nothing can implement them): MMR001 says what to do.
            ("NotPartial", "Records.cs", ConsumerProjects.LineOf(NotPartial, "struct Plain"), "MMR001"),
            ("NotPartial", "Records.cs", ConsumerProjects.LineOf(NotPartial, "partial int X"), "CS0751"),
            ("NotPartial", "Records.cs", ConsumerProjects.LineOf(NotPartial, "partial int X"), "CS9248"),

            // Below C# 13 a partial property is a compiler error (CS8703, and CS9248); MMR009 says what to set.
            ("Old", "Records.cs", ConsumerProjects.LineOf(Old, "struct Old"), "MMR009"),
            ("Old", "Records.cs", ConsumerProjects.LineOf(Old, "partial int X"), "CS8703"),
            ("Old", "Records.cs", ConsumerProjects.LineOf(Old, "partial int X"), "CS9248"),

            // [Record] is only valid on structs (CS0592); the class still gets its property, so no CS9248.
            ("Class", "Records.cs", ConsumerProjects.LineOf(Class, "[Record(Size = 4)]"), "CS0592"),
            ("Class", "Records.cs", ConsumerProjects.LineOf(Class, "class NotAStruct"), "MMR001"),
            .. Situations.Select(s => (s.Project, "Records.cs", ConsumerProjects.LineOf(Alone(s.Records, RecordName(s.Records)), s.Marker), s.Id)),
        ];
        Assert.True(
            expected.Order().SequenceEqual(found),
            $"Expected:\n{string.Join("\n", expected.Order())}\nFound:\n{string.Join("\n", diagnostics)}\n\n{result.All}");
        Assert.DoesNotContain(diagnostics, d => d.Id is "CS9248" or "CS8703" or "CS0282" or "CS0315" or "CS0535" && d.Project is not ("NotPartial" or "Old"));
        Assert.DoesNotContain(diagnostics, d => d.Id.StartsWith("CS", StringComparison.Ordinal) && d.Project is not ("NotPartial" or "Old" or "Class"));

        // The message of each situation built alone says what the situation is about.
        Assert.All(Situations, s => Assert.Contains(diagnostics, d => d.Project == s.Project && d.Id == s.Id && d.Text.Contains(s.Message, StringComparison.Ordinal)));
    }

    /// <summary>
    /// The situations of the later rules, each a project of its own: the project, the id it shows, its records, the
    /// text of the line the diagnostic is on, and a part of the message.
    /// </summary>
    private static readonly (string Project, string Id, string Records, string Marker, string Message)[] Situations =
    [
        ("VariableField", "MMR010", VariableField, "uint Tag", "has ByteOrder.Variable"),
        ("VariableSpan", "MMR011", VariableSpan, "ReadOnlySpan<ushort> Values", "in ByteOrder.Variable record 'Samples'"),
        ("OddUtf16", "MMR012", OddUtf16, "Length = 71", "has Length 71"),
        ("TableSetter", "MMR013", TableSetter, "RecordView<Item> Items", "The table field 'Items' has a setter"),
        ("InvalidByteOrder", "MMR014", InvalidByteOrder, "struct Word", "has ByteOrder 7"),
        ("MisalignedRef", "MMR015", MisalignedRef, "ref long Count", "is at offset 4, which is not a multiple of 8"),
        ("BigEndianRef", "MMR016", BigEndianRef, "ref long Sequence", "which is big-endian"),
        ("VariableRef", "MMR016", VariableRef, "ref readonly long Stamp", "follows the order its ByteOrder.Variable record is read in"),
    ];

    /// <summary>A consumer of <paramref name="records"/> alone that uses <paramref name="record"/> as a type argument.</summary>
    private static string Alone(string records, string record) => $$"""
        using MmapRecords;

        namespace Demo;

        {{records}}

        public static class Use
        {
            public static long Count(MappedFile file) => file.View<{{record}}>().Count;
        }
        """;

    /// <summary>The last record <paramref name="records"/> declares.</summary>
    private static string RecordName(string records) =>
        System.Text.RegularExpressions.Regex.Matches(records, @"partial struct (\w+)")[^1].Groups[1].Value;
}
