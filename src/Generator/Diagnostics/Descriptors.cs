using Microsoft.CodeAnalysis;

namespace MmapRecords.Generator.Diagnostics;

/// <summary>Every diagnostic MmapRecords reports, in one place. Each has a page under docs/diagnostics.</summary>
internal static class Descriptors
{
    public const string LayoutCategory = "MmapRecords.Layout";
    public const string LifetimeCategory = "MmapRecords.Lifetime";
    private const string HelpBase = "https://github.com/mmaprecords/mmaprecords/blob/main/docs/diagnostics/";

    public static readonly DiagnosticDescriptor NotPartialStruct = Layout(
        "MMR001",
        "[Record] needs a partial struct",
        "'{0}' must be a partial struct to be a record: {1}");

    public static readonly DiagnosticDescriptor InvalidSizeOrStride = Layout(
        "MMR002",
        "Record Size or Stride is invalid",
        "{0}");

    public static readonly DiagnosticDescriptor FieldOutOfRecord = Layout(
        "MMR003",
        "Field lies outside the record",
        "{0}");

    public static readonly DiagnosticDescriptor FieldsOverlap = Layout(
        "MMR004",
        "Fields overlap",
        "{0}",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnsupportedFieldType = Layout(
        "MMR005",
        "Field type is not supported",
        "{0}");

    public static readonly DiagnosticDescriptor FieldNotPartialProperty = Layout(
        "MMR006",
        "[Field] needs a partial property with a getter",
        "{0}");

    public static readonly DiagnosticDescriptor MissingLength = Layout(
        "MMR007",
        "String or array field needs a positive Length",
        "{0}");

    public static readonly DiagnosticDescriptor RecordCycle = Layout(
        "MMR008",
        "Records are nested in a cycle",
        "{0}");

    public static readonly DiagnosticDescriptor LanguageVersionTooLow = Layout(
        "MMR009",
        "Records need C# 13 or later",
        "Records need partial properties, which C# {0} does not have: set <LangVersion>13</LangVersion> (or later) in the project file");

    public static readonly DiagnosticDescriptor VariableOrderOnField = Layout(
        "MMR010",
        "ByteOrder.Variable is for records, not fields",
        "[Field] property '{0}' has ByteOrder.Variable; a field takes its record's order (ByteOrder.Default) or fixes its own (LittleEndian or BigEndian), and only a record is Variable");

    public static readonly DiagnosticDescriptor SpanInVariableRecord = Layout(
        "MMR011",
        "A span of multi-byte values cannot follow a Variable record's order",
        "[Field] property '{0}' is a {1} in ByteOrder.Variable record '{2}': a span views the mapped bytes in the machine's order, which a big-endian read would misread; declare it as '{3}[]' or give it ByteOrder = ByteOrder.LittleEndian");

    public static readonly DiagnosticDescriptor OddUtf16Length = Layout(
        "MMR012",
        "A UTF-16 string needs an even Length",
        "The UTF-16 string field '{0}' has Length {1}; Length counts bytes, two per UTF-16 code unit, so it must be even");

    public static readonly DiagnosticDescriptor TableWithSetter = Layout(
        "MMR013",
        "A RecordView<T> field cannot have a setter",
        "The table field '{0}' has a setter; a RecordView<T> field is a view of the parent's bytes: write through its records ('{0}[i].Field = value') and remove the setter");

    public static readonly DiagnosticDescriptor InvalidByteOrder = Layout(
        "MMR014",
        "ByteOrder is not a ByteOrder value",
        "{0} has ByteOrder {1}, which is not a ByteOrder value (Default, LittleEndian, BigEndian or Variable)");

    public static readonly DiagnosticDescriptor RecordOutlivesFile = new(
        "MMR100",
        "Record or view can outlive its MappedFile",
        "{0} can be used after '{1}' is disposed: {2}",
        LifetimeCategory,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A record or view reads straight out of the file's mapping. Used after the MappedFile is disposed, it reads unmapped memory. Copy the values out (or call Detach()) before the file is disposed.",
        helpLinkUri: HelpBase + "MMR100.md");

    public static readonly DiagnosticDescriptor RecordUsedAfterDispose = new(
        "MMR101",
        "Record or view used after its MappedFile was disposed",
        "{0} is used after '{1}' was disposed",
        LifetimeCategory,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A record or view reads straight out of the file's mapping, which is gone once the MappedFile is disposed.",
        helpLinkUri: HelpBase + "MMR101.md");

    private static DiagnosticDescriptor Layout(string id, string title, string message, DiagnosticSeverity severity = DiagnosticSeverity.Error) =>
        new(id, title, message, LayoutCategory, severity, isEnabledByDefault: true, helpLinkUri: HelpBase + id + ".md");
}
