using System.Globalization;
using System.Linq;
using MmapRecords.Generator.Diagnostics;
using MmapRecords.Generator.Model;
using static MmapRecords.Generator.Tests.Diagnostics.Models;

namespace MmapRecords.Generator.Tests.Diagnostics;

/// <summary>Each layout rule as a pure function of a model built by hand: no compilation, no symbols.</summary>
public sealed class LayoutRulesTests
{
    [Fact]
    public void The_seed_record_is_valid_and_has_no_problem()
    {
        Assert.Empty(LayoutRules.Check(Vertex()));
        Assert.True(LayoutRules.IsValid(Vertex()));
    }

    [Theory]
    [InlineData((int)ShapeProblem.NotPartial, "'Vertex' must be a partial struct to be a record: add the 'partial' modifier so the generator can implement its fields")]
    [InlineData((int)ShapeProblem.RecordStruct, "'Vertex' must be a partial struct to be a record: a record struct writes its own equality and ToString; declare a plain 'partial struct'")]
    [InlineData((int)ShapeProblem.Class, "'Vertex' must be a partial struct to be a record: it is a class")]
    public void MMR001_names_what_the_type_is_and_hides_every_other_problem(int shape, string message)
    {
        var record = Vertex(Scalar("Far", 100)) with { ShapeProblem = (ShapeProblem)shape, Size = 0 };
        var problem = Assert.Single(LayoutRules.Check(record));
        Assert.Equal((DiagnosticIds.NotPartialStruct, LayoutSite.Record, message), (problem.Id, problem.Site, problem.Message));
        Assert.False(LayoutRules.IsValid(record));
    }

    [Fact]
    public void MMR001_for_a_containing_type_names_it()
    {
        var problem = LayoutRules.Shape(Vertex() with { ShapeProblem = ShapeProblem.ContainingTypeNotPartial, ShapeProblemType = "Outer" });
        Assert.Equal("'Vertex' must be a partial struct to be a record: its containing type 'Outer' must be partial too", problem!.Message);
    }

    [Fact]
    public void MMR002_a_missing_Size_proposes_the_end_of_the_last_field()
    {
        var problem = LayoutRules.SizeAndStride(Vertex() with { Size = 0, HasSizeArgument = false, DeclaredStride = 0 });
        Assert.Equal((DiagnosticIds.InvalidSizeOrStride, LayoutSite.SizeArgument), (problem!.Id, problem.Site));
        Assert.Equal("Record 'Vertex' needs a Size: [Record(Size = n)] with the number of bytes of one record", problem.Message);
        Assert.Equal("18", problem.Properties[FixProperties.RequiredSize]);
    }

    [Fact]
    public void MMR002_a_Stride_less_than_Size_proposes_Size()
    {
        var problem = LayoutRules.SizeAndStride(Vertex() with { DeclaredStride = 16 });
        Assert.Equal((LayoutSite.StrideArgument, "Record 'Vertex' has Stride 16, less than its Size 18; records would overlap"), (problem!.Site, problem.Message));
        Assert.Equal("18", problem.Properties[FixProperties.Size]);
        Assert.Null(LayoutRules.SizeAndStride(Vertex() with { DeclaredStride = 18 }));
    }

    [Fact]
    public void MMR003_a_field_past_Size_gives_its_end_and_the_Size_that_fits_every_field()
    {
        var record = Vertex(Scalar("X", 0), Scalar("Blue", 17, "ushort", 2), Scalar("Far", 16, "double", 8)) with { Size = 18 };
        var problems = LayoutRules.Check(record).Where(p => p.Id == DiagnosticIds.FieldOutOfRecord).ToList();
        Assert.Equal(
            ["Field 'Blue' ends at byte 19 but Size is 18 (2-byte ushort at offset 17)", "Field 'Far' ends at byte 24 but Size is 18 (8-byte double at offset 16)"],
            problems.Select(p => p.Message));
        Assert.All(problems, p => Assert.Equal("24", p.Properties[FixProperties.RequiredSize]));
        Assert.All(problems, p => Assert.Equal(LayoutSite.FieldOffset, p.Site));
    }

    [Fact]
    public void MMR003_a_negative_offset()
    {
        var problem = LayoutRules.FieldOffset(Vertex(), Scalar("Back", -4));
        Assert.Equal("Field 'Back' has a negative offset (-4)", problem!.Message);
    }

    [Fact]
    public void MMR004_overlapping_fields_are_reported_at_the_second_with_the_first_related()
    {
        var problem = Assert.Single(LayoutRules.Overlaps(Vertex(Scalar("A", 0), Scalar("B", 2))));
        Assert.Equal(("B", "A", "Fields 'A' (bytes 0–3) and 'B' (bytes 2–5) of 'Vertex' overlap"), (problem.Field, problem.RelatedField, problem.Message));
        Assert.True(LayoutRules.IsValid(Vertex(Scalar("A", 0), Scalar("B", 2))), "An overlap is a warning: the record still works.");
    }

    [Fact]
    public void MMR004_a_byte_array_over_exactly_another_field_is_a_raw_view()
    {
        Assert.Empty(LayoutRules.Overlaps(Vertex(Text("Name", 0, 8), Array("Raw", 0, "byte", 1, 8))));
    }

    [Fact]
    public void MMR005_an_unsupported_type_but_not_an_unresolved_one_or_an_invalid_nested_record()
    {
        Assert.Equal(
            "[Field] property 'Money' has type 'decimal', which is not a field type: use an integer or floating-point type, Half, bool, char, Guid, an enum, another [Record] struct, a string with Length, an array (T[], ReadOnlySpan<T>, Span<T>) or a table of records (RecordView<T>) with Length",
            LayoutRules.FieldType(Scalar("Money", 0, "decimal", 0) with { TypeProblem = TypeProblem.NotAFieldType })!.Message);
        Assert.Null(LayoutRules.FieldType(Scalar("Unknown", 0) with { TypeProblem = TypeProblem.Unresolved }));

        // A bad nested record has its own diagnostics: its parent is invalid, silently, and says why when read.
        var nested = Scalar("Inner", 0, "Demo.Bad", 4) with { Kind = FieldKind.Record, TypeProblem = TypeProblem.NestedRecordInvalid };
        Assert.Empty(LayoutRules.Check(Vertex(nested)));
        Assert.False(LayoutRules.IsValid(Vertex(nested)));
        Assert.Contains("whose own layout is invalid", LayoutRules.FieldError(Vertex(nested), nested), StringComparison.Ordinal);
    }

    [Fact]
    public void MMR005_a_big_endian_span_and_an_unknown_encoding()
    {
        var span = Array("Values", 0, "int", 4, 2) with { Shape = FieldShape.ReadOnlySpan, TypeDisplayName = "System.ReadOnlySpan<int>", ByteOrder = Model.ByteOrder.BigEndian };
        Assert.Equal(
            "[Field] property 'Values' is big-endian, but 'System.ReadOnlySpan<int>' views the mapped bytes in the machine's byte order (little-endian); declare it as 'int[]' to read big-endian values",
            LayoutRules.FieldType(span)!.Message);
        var text = Text("Name", 0, 8) with { Encoding = (Model.TextEncoding)7 };
        Assert.Equal((LayoutSite.FieldEncoding, "[Field] property 'Name' has Encoding 7, which is not a TextEncoding (Utf8, Ascii, Latin1 or Utf16)"), (LayoutRules.FieldType(text)!.Site, LayoutRules.FieldType(text)!.Message));
    }

    [Theory]
    [InlineData((int)DeclarationProblem.NotPartial, "[Field] property 'X' must be a partial property ('public partial T X { get; }'); the generator implements it")]
    [InlineData((int)DeclarationProblem.InitAccessor, "[Field] property 'X' has an 'init' accessor; use 'get' and optionally 'set'")]
    [InlineData((int)DeclarationProblem.NoGetter, "[Field] property 'X' needs a getter")]
    [InlineData((int)DeclarationProblem.Static, "[Field] property 'X' must be an instance property, not static")]
    public void MMR006_says_what_is_wrong_with_the_property(int declaration, string message)
    {
        var field = Scalar("X", 0) with { DeclarationProblem = (DeclarationProblem)declaration };
        var problem = Assert.Single(LayoutRules.Check(Vertex(field)));
        Assert.Equal((DiagnosticIds.FieldNotPartialProperty, message), (problem.Id, problem.Message));
        Assert.False(LayoutRules.IsValid(Vertex(field)));
    }

    [Fact]
    public void MMR007_a_missing_Length_proposes_the_gap_to_the_next_field()
    {
        var record = Vertex(Text("Name", 0, 0), Array("Values", 8, "ushort", 2, 0), Scalar("Id", 14, "int", 4));
        var problems = LayoutRules.Check(record).Where(p => p.Id == DiagnosticIds.MissingLength).ToList();
        Assert.Equal(
            [("The string field 'Name' needs a Length: the number of bytes, as in [Field(0, Length = n)]", "8"), ("The array field 'Values' needs a Length: the number of elements, as in [Field(8, Length = n)]", "3")],
            problems.Select(p => (p.Message, p.Properties[FixProperties.SuggestedLength])));
        Assert.Equal("The string field 'Name' has Length -1; Length must be the positive number of bytes", LayoutRules.MissingLength(record, Text("Name", 0, -1))!.Message);
    }

    [Fact]
    public void MMR008_a_cycle_names_its_path()
    {
        var problem = LayoutRules.Cycle(Vertex() with { Cycle = "'Vertex.Self'" });
        Assert.Equal("Record 'Vertex' contains itself through 'Vertex.Self'; a record cannot be nested in itself", problem!.Message);
        Assert.Null(LayoutRules.Cycle(Vertex()));
    }

    [Fact]
    public void MMR009_below_CSharp_13()
    {
        Assert.Equal(
            "Records need partial properties, which C# 12.0 does not have: set <LangVersion>13</LangVersion> (or later) in the project file",
            LayoutRules.LanguageVersionTooLow(Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp12)!.Message);
        Assert.Null(LayoutRules.LanguageVersionTooLow(Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp13));
    }

    [Fact]
    public void MMR010_carries_the_records_order_for_the_fix_that_removes_the_fields()
    {
        var field = Scalar("Tag", 0, "uint", 4) with { DeclaredByteOrder = Model.ByteOrder.Variable, ByteOrder = Model.ByteOrder.Variable };
        var variable = LayoutRules.FieldOrderAndForm(Vertex(field) with { ByteOrder = Model.ByteOrder.Variable }, field);
        var fixedOrder = LayoutRules.FieldOrderAndForm(Vertex(field), field);
        Assert.Equal((DiagnosticIds.VariableOrderOnField, ((int)Model.ByteOrder.Variable).ToString(CultureInfo.InvariantCulture)), (variable!.Id, variable.Properties[FixProperties.RecordByteOrder]));
        Assert.Equal(((int)Model.ByteOrder.Default).ToString(CultureInfo.InvariantCulture), fixedOrder!.Properties[FixProperties.RecordByteOrder]);
    }

    [Fact]
    public void Who_reports_what_the_generator_owns_MMR001_MMR006_MMR009_and_the_analyzer_the_rest()
    {
        var notPartial = Vertex() with { ShapeProblem = ShapeProblem.NotPartial };
        var shape = LayoutRules.Shape(notPartial)!;

        // Partial properties in a struct without 'partial' are a compiler error, which stops analyzers: the generator
        // reports; the analyzer too, for its code fix (a build never runs both on it).
        Assert.True(LayoutRules.IsReportedByGenerator(notPartial, shape));
        Assert.True(LayoutRules.IsReportedByAnalyzer(notPartial, shape));

        // Without partial members the struct compiles: the analyzer alone reports it.
        var noPartialMembers = notPartial with { Fields = new[] { Scalar("X", 0) with { DeclarationProblem = DeclarationProblem.NotPartial } }.ToEquatableArray() };
        Assert.False(LayoutRules.IsReportedByGenerator(noPartialMembers, shape));

        var size = LayoutRules.SizeAndStride(Vertex() with { Size = 0 })!;
        Assert.False(LayoutRules.IsReportedByGenerator(Vertex(), size));
        Assert.True(LayoutRules.IsReportedByAnalyzer(Vertex(), size));
    }
}
