using System.Linq;
using Microsoft.CodeAnalysis;

namespace MmapRecords.Generator.Tests;

/// <summary>
/// Golden files for the shapes a record can take beyond the seed: enum fields, the global namespace, nesting in
/// (generic) classes, setters, mutable structs, keyword names and big-endian layouts. Each golden output must also
/// compile cleanly, with and without the DEBUG symbol (checked mode).
/// </summary>
public sealed class GoldenShapesTests
{
    private const string Enums = """
        using MmapRecords;

        namespace Demo;

        public enum Kind : byte { None, Point = 1, Line = 200 }
        public enum Delta : sbyte { Down = -1, Up = 1 }
        public enum Level : short { Low = -300, High = 300 }
        public enum Code : ushort { Ok = 0, Max = 65535 }
        public enum Color32 : int { Red = 0x00FF0000 }
        public enum Mask : uint { All = 0xFFFFFFFF }
        public enum Epoch : long { Far = -5_000_000_000 }
        public enum Id : ulong { Top = 0xFFFFFFFFFFFFFFFF }

        [Record(Size = 31)]
        public readonly partial struct Tagged
        {
            [Field(0)] public partial Kind Kind { get; }
            [Field(1)] public partial Delta Delta { get; }
            [Field(2)] public partial Level Level { get; }
            [Field(4)] public partial Code Code { get; }
            [Field(6)] public partial Color32 Color { get; }
            [Field(10)] public partial Mask Mask { get; }
            [Field(14)] public partial Epoch Epoch { get; set; }
            [Field(22)] public partial Id Id { get; }
            [Field(30)] public partial bool Flag { get; }
        }
        """;

    private const string Global = """
        using MmapRecords;

        [Record(Size = 3, Stride = 4)]
        public readonly partial struct GlobalRecord
        {
            [Field(0)] public partial ushort Length { get; }
            [Field(2)] public partial sbyte Sign { get; }
        }
        """;

    private const string NestedInClass = """
        using MmapRecords;

        namespace Demo;

        public static partial class Formats
        {
            internal partial class Archive
            {
                [Record(Size = 8)]
                public readonly partial struct Entry
                {
                    [Field(0)] public partial uint Offset { get; }
                    [Field(4)] public partial uint Length { get; }
                }
            }
        }
        """;

    private const string NestedInGeneric = """
        using MmapRecords;

        namespace Demo;

        public partial class Table<TKey> where TKey : struct
        {
            [Record(Size = 2)]
            public readonly partial struct Row
            {
                [Field(0)] public partial short Value { get; }
            }

            public int Count { get; set; }
        }
        """;

    private const string Setters = """
        using MmapRecords;

        namespace Demo;

        [Record(Size = 13)]
        public readonly partial struct Counter
        {
            [Field(0)] public partial long Total { get; set; }
            [Field(8)] public partial float Rate { get; private set; }
            [Field(12)] internal partial bool Dirty { get; set; }
        }
        """;

    private const string Mutable = """
        using MmapRecords;

        namespace Demo;

        [Record(Size = 10, Stride = 16)]
        public partial struct Cursor
        {
            [Field(0)] public partial double Position { get; set; }
            [Field(8)] public partial System.Half Speed { get; }
        }
        """;

    private const string Keywords = """
        using MmapRecords;

        namespace Demo;

        public enum Category : byte { A, B }

        [Record(Size = 7)]
        public readonly partial struct Keywords
        {
            [Field(0)] public partial Category @class { get; }
            [Field(1)] public partial int @int { get; set; }
            [Field(5)] public partial ushort @event { get; }
        }
        """;

    private const string BigEndian = """
        using MmapRecords;

        namespace Demo;

        public enum Version : uint { V1 = 1 }

        [Record(Size = 27, ByteOrder = ByteOrder.BigEndian)]
        public readonly partial struct NetworkHeader
        {
            [Field(0)] public partial uint Magic { get; }
            [Field(4)] public partial Version Version { get; }
            [Field(8)] public partial long Length { get; set; }
            [Field(16, ByteOrder = ByteOrder.LittleEndian)] public partial ushort HostOrder { get; }
            [Field(18)] public partial double Scale { get; }
            [Field(26)] public partial byte Flags { get; }
        }
        """;

    private const string AllScalars = """
        using System;
        using MmapRecords;

        namespace Demo;

        [Record(Size = 46, Stride = 48)]
        public readonly partial struct Scalars
        {
            [Field(0)] public partial byte U8 { get; }
            [Field(1)] public partial sbyte I8 { get; }
            [Field(2)] public partial short I16 { get; }
            [Field(4)] public partial ushort U16 { get; }
            [Field(6)] public partial int I32 { get; }
            [Field(10)] public partial uint U32 { get; }
            [Field(14)] public partial long I64 { get; }
            [Field(22)] public partial ulong U64 { get; }
            [Field(30)] public partial float F32 { get; }
            [Field(34)] public partial double F64 { get; }
            [Field(42)] public partial Half F16 { get; }
            [Field(44)] public partial bool Flag { get; }
        }
        """;

    public static TheoryData<string, string> Shapes() => new()
    {
        { nameof(Enums), "Demo.Tagged.g.cs" },
        { nameof(Global), "GlobalRecord.g.cs" },
        { nameof(NestedInClass), "Demo.Formats.Archive.Entry.g.cs" },
        { nameof(NestedInGeneric), "Demo.Table{TKey}.Row.g.cs" },
        { nameof(Setters), "Demo.Counter.g.cs" },
        { nameof(Mutable), "Demo.Cursor.g.cs" },
        { nameof(Keywords), "Demo.Keywords.g.cs" },
        { nameof(BigEndian), "Demo.NetworkHeader.g.cs" },
        { nameof(AllScalars), "Demo.Scalars.g.cs" },
    };

    private static string SourceOf(string shape) => shape switch
    {
        nameof(Enums) => Enums,
        nameof(Global) => Global,
        nameof(NestedInClass) => NestedInClass,
        nameof(NestedInGeneric) => NestedInGeneric,
        nameof(Setters) => Setters,
        nameof(Mutable) => Mutable,
        nameof(Keywords) => Keywords,
        nameof(BigEndian) => BigEndian,
        nameof(AllScalars) => AllScalars,
        _ => throw new System.ArgumentOutOfRangeException(nameof(shape)),
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Record_shape_generates_the_golden_source_and_compiles_cleanly(string shape, string hintName)
    {
        var (_, diagnostics, run) = GeneratorHarness.Generate(SourceOf(shape));

        var relevant = GeneratorHarness.Relevant(diagnostics);
        Assert.True(relevant.IsEmpty, GeneratorHarness.Format(relevant));
        Assert.Equal([hintName], run.Results.Single().GeneratedSources.Select(s => s.HintName));
        Golden.Verify(GeneratorHarness.GeneratedSource(run, hintName), hintName);
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Record_shape_compiles_cleanly_in_checked_mode(string shape, string hintName)
    {
        _ = hintName;
        var (_, diagnostics, _) = GeneratorHarness.Generate(GeneratorHarness.DebugParseOptions, SourceOf(shape));

        var relevant = GeneratorHarness.Relevant(diagnostics);
        Assert.True(relevant.IsEmpty, GeneratorHarness.Format(relevant));
    }

    [Fact]
    public void Every_record_gets_one_file_named_after_its_fully_qualified_name()
    {
        var (_, _, run) = GeneratorHarness.Generate(Enums, Global, NestedInClass, NestedInGeneric, BigEndian);

        Assert.Equal(
            ["Demo.Formats.Archive.Entry.g.cs", "Demo.NetworkHeader.g.cs", "Demo.Table{TKey}.Row.g.cs", "Demo.Tagged.g.cs", "GlobalRecord.g.cs"],
            run.Results.Single().GeneratedSources.Select(s => s.HintName).Order(System.StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void The_layout_analyzer_reports_nothing_for_valid_shapes(string shape, string hintName)
    {
        _ = hintName;
        var diagnostics = GeneratorHarness.Analyze(SourceOf(shape));

        Assert.True(diagnostics.IsEmpty, GeneratorHarness.Format(diagnostics));
    }

    [Fact]
    public void ToString_prints_the_declared_field_names_in_declaration_order_with_the_invariant_culture()
    {
        var (_, _, run) = GeneratorHarness.Generate(Keywords);
        var source = GeneratorHarness.GeneratedSource(run, "Demo.Keywords.g.cs");

        // The names as a record struct prints them (no '@'), the values through the escaped identifiers.
        Assert.Contains(
            "string.Create(global::System.Globalization.CultureInfo.InvariantCulture, $\"Keywords {{ class = {(global::MmapRecords.CompilerServices.RecordAccess.FormatEnum(@class))}, int = {@int}, event = {@event} }}\");",
            source);
    }

    [Fact]
    public void Big_endian_records_read_big_endian_except_where_a_field_overrides_it()
    {
        var (_, _, run) = GeneratorHarness.Generate(BigEndian);
        var source = GeneratorHarness.GeneratedSource(run, "Demo.NetworkHeader.g.cs");

        Assert.Contains("public partial uint Magic => global::MmapRecords.CompilerServices.RecordAccess.ReadBigEndian<uint>(__mmrAt(0));", source);
        Assert.Contains("ReadBigEndian<global::Demo.Version>(__mmrAt(4))", source);
        Assert.Contains("set => global::MmapRecords.CompilerServices.RecordAccess.WriteBigEndian<long>(__mmrWritableAt(8), value);", source);
        Assert.Contains("ReadLittleEndian<ushort>(__mmrAt(16))", source);
        Assert.Contains("ReadBigEndian<double>(__mmrAt(18))", source);
        // A single byte has no order: it is read the plain way whatever the record says.
        Assert.Contains("ReadLittleEndian<byte>(__mmrAt(26))", source);
    }

    [Fact]
    public void Accessor_modifiers_are_repeated_on_the_implementation()
    {
        var (_, _, run) = GeneratorHarness.Generate(Setters);
        var source = GeneratorHarness.GeneratedSource(run, "Demo.Counter.g.cs");

        Assert.Contains("private set => global::MmapRecords.CompilerServices.RecordAccess.WriteLittleEndian<float>(__mmrWritableAt(8), value);", source);
        Assert.Contains("internal partial bool Dirty", source);
    }

    [Fact]
    public void Generated_files_start_with_the_auto_generated_header_and_mark_the_type_as_generated()
    {
        var (_, _, run) = GeneratorHarness.Generate(Global, Mutable);

        foreach (var generated in run.Results.Single().GeneratedSources)
        {
            var text = generated.SourceText.ToString();
            Assert.StartsWith("// <auto-generated/>\n#nullable enable\n", text.Replace("\r\n", "\n"), System.StringComparison.Ordinal);
            Assert.Contains("[global::System.CodeDom.Compiler.GeneratedCode(\"MmapRecords.Generator\", ", text);
            Assert.DoesNotContain("#pragma warning disable\n", text);
            Assert.DoesNotContain("unsafe", text);
        }
    }

    [Fact]
    public void Keyword_names_for_the_namespace_and_the_record_itself_are_escaped()
    {
        const string Source = """
            using MmapRecords;

            namespace @namespace.@struct;

            public partial class @class
            {
                [Record(Size = 2)]
                public readonly partial struct @event
                {
                    [Field(0)] public partial short @default { get; set; }
                }
            }
            """;

        var (_, diagnostics, run) = GeneratorHarness.Generate(Source);

        var relevant = GeneratorHarness.Relevant(diagnostics);
        Assert.True(relevant.IsEmpty, GeneratorHarness.Format(relevant));
        var generated = run.Results.Single().GeneratedSources.Single();
        Assert.Equal("namespace.struct.class.event.g.cs", generated.HintName);
        Assert.Contains("$\"event {{ default = {@default} }}\"", generated.SourceText.ToString(), System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("other")]
    [InlineData("hash")]
    [InlineData("obj")]
    [InlineData("source")]
    [InlineData("address")]
    [InlineData("offset")]
    [InlineData("value")]
    [InlineData("Size")]
    [InlineData("Stride")]
    [InlineData("Source")]
    [InlineData("Address")]
    [InlineData("Count")]
    public void A_field_may_have_any_name_the_generated_members_use_internally(string name)
    {
        var source = $$"""
            using MmapRecords;

            namespace Demo;

            [Record(Size = 8)]
            public readonly partial struct Named
            {
                [Field(0)] public partial int {{name}} { get; set; }
                [Field(4)] public partial int Other2 { get; }
            }
            """;

        var (output, diagnostics, _) = GeneratorHarness.Generate(source);

        var relevant = GeneratorHarness.Relevant(diagnostics);
        Assert.True(relevant.IsEmpty, GeneratorHarness.Format(relevant));

        // Equals and GetHashCode must read the field, not a parameter or local of the same name.
        var tree = output.SyntaxTrees.Single(t => t.FilePath.EndsWith("Demo.Named.g.cs", System.StringComparison.Ordinal));
        var model = output.GetSemanticModel(tree);
        var root = tree.GetRoot();
        var references = root.DescendantNodes()
            .OfType<Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax>()
            .Where(m => m.Identifier.Text is "Equals" or "GetHashCode")
            .SelectMany(m => m.DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.IdentifierNameSyntax>())
            .Select(n => model.GetSymbolInfo(n).Symbol)
            .OfType<IPropertySymbol>()
            .Count(p => p.Name == name);
        Assert.True(references >= 3, $"Equals/GetHashCode reference the field '{name}' {references} times; expected it on both sides of Equals and in GetHashCode.");
    }
}
