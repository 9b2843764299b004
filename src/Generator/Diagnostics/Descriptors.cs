using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace MmapRecords.Generator.Diagnostics;

/// <summary>Every diagnostic MmapRecords reports, in one place. Each has a page under docs/diagnostics.</summary>
internal static class Descriptors
{
    public const string LayoutCategory = "MmapRecords.Layout";
    public const string LifetimeCategory = "MmapRecords.Lifetime";
    private const string HelpBase = "https://github.com/mmaprecords/mmaprecords/blob/main/docs/diagnostics/";

    // MMR001: [Record] on a type that is not a partial struct. {0}: the type's name.
    private const string NotPartialStructTitle = "[Record] needs a partial struct";
    private const string NotPartialStructPrefix = "'{0}' must be a partial struct to be a record: ";

    public static readonly DiagnosticDescriptor NotPartialStruct = Layout(DiagnosticIds.NotPartialStruct, NotPartialStructTitle, NotPartialStructPrefix + "add the 'partial' modifier so the generator can implement its fields");
    public static readonly DiagnosticDescriptor RecordIsClass = Layout(DiagnosticIds.NotPartialStruct, NotPartialStructTitle, NotPartialStructPrefix + "it is a class");
    public static readonly DiagnosticDescriptor RecordIsRecordClass = Layout(DiagnosticIds.NotPartialStruct, NotPartialStructTitle, NotPartialStructPrefix + "it is a record class");
    public static readonly DiagnosticDescriptor RecordIsInterface = Layout(DiagnosticIds.NotPartialStruct, NotPartialStructTitle, NotPartialStructPrefix + "it is an interface");
    public static readonly DiagnosticDescriptor RecordIsEnum = Layout(DiagnosticIds.NotPartialStruct, NotPartialStructTitle, NotPartialStructPrefix + "it is an enum");
    public static readonly DiagnosticDescriptor RecordIsNotAStruct = Layout(DiagnosticIds.NotPartialStruct, NotPartialStructTitle, NotPartialStructPrefix + "it is not a struct");
    public static readonly DiagnosticDescriptor RecordIsRecordStruct = Layout(DiagnosticIds.NotPartialStruct, NotPartialStructTitle, NotPartialStructPrefix + "a record struct writes its own equality and ToString; declare a plain 'partial struct'");
    public static readonly DiagnosticDescriptor RecordIsRefStruct = Layout(DiagnosticIds.NotPartialStruct, NotPartialStructTitle, NotPartialStructPrefix + "a ref struct cannot be stored in views or collections");
    public static readonly DiagnosticDescriptor RecordIsGeneric = Layout(DiagnosticIds.NotPartialStruct, NotPartialStructTitle, NotPartialStructPrefix + "generic records are not supported");
    public static readonly DiagnosticDescriptor RecordHasPrimaryConstructor = Layout(DiagnosticIds.NotPartialStruct, NotPartialStructTitle, NotPartialStructPrefix + "a record's values come from the file, so it cannot have a primary constructor");

    /// <summary>{1}: the file-local type (the record or one it is nested in).</summary>
    public static readonly DiagnosticDescriptor RecordIsFileLocal = Layout(DiagnosticIds.NotPartialStruct, NotPartialStructTitle, NotPartialStructPrefix + "'{1}' is a file-local type, which the generator's own file cannot extend");

    /// <summary>{1}: the containing type that is not partial.</summary>
    public static readonly DiagnosticDescriptor ContainingTypeNotPartial = Layout(DiagnosticIds.NotPartialStruct, NotPartialStructTitle, NotPartialStructPrefix + "its containing type '{1}' must be partial too");

    // MMR002: {0}: the record's name.
    private const string InvalidSizeOrStrideTitle = "Record Size or Stride is invalid";

    /// <summary>{1}: the Size.</summary>
    public static readonly DiagnosticDescriptor SizeNotPositive = Layout(DiagnosticIds.InvalidSizeOrStride, InvalidSizeOrStrideTitle, "Record '{0}' has Size {1}; Size must be positive");
    public static readonly DiagnosticDescriptor SizeMissing = Layout(DiagnosticIds.InvalidSizeOrStride, InvalidSizeOrStrideTitle, "Record '{0}' needs a Size: [Record(Size = n)] with the number of bytes of one record");

    /// <summary>{1}: the Stride; {2}: the Size.</summary>
    public static readonly DiagnosticDescriptor StrideLessThanSize = Layout(DiagnosticIds.InvalidSizeOrStride, InvalidSizeOrStrideTitle, "Record '{0}' has Stride {1}, less than its Size {2}; records would overlap");

    // MMR003: {0}: the field's name.
    private const string FieldOutOfRecordTitle = "Field lies outside the record";

    /// <summary>{1}: the end; {2}: the Size; {3}: the width; {4}: the type; {5}: the offset.</summary>
    public static readonly DiagnosticDescriptor FieldPastSize = Layout(DiagnosticIds.FieldOutOfRecord, FieldOutOfRecordTitle, "Field '{0}' ends at byte {1} but Size is {2} ({3}-byte {4} at offset {5})");

    /// <summary>As <see cref="FieldPastSize"/>; {4}: the element type; {6}: the element count.</summary>
    public static readonly DiagnosticDescriptor ArrayPastSize = Layout(DiagnosticIds.FieldOutOfRecord, FieldOutOfRecordTitle, "Field '{0}' ends at byte {1} but Size is {2} ({3}-byte array of {6} {4} at offset {5})");

    /// <summary>{1}: the offset.</summary>
    public static readonly DiagnosticDescriptor NegativeOffset = Layout(DiagnosticIds.FieldOutOfRecord, FieldOutOfRecordTitle, "Field '{0}' has a negative offset ({1})");

    /// <summary>MMR004. {0}, {3}: the fields; {1}–{2}, {4}–{5}: their bytes; {6}: the record.</summary>
    public static readonly DiagnosticDescriptor FieldsOverlap = Layout(
        DiagnosticIds.FieldsOverlap,
        "Fields overlap",
        "Fields '{0}' (bytes {1}–{2}) and '{3}' (bytes {4}–{5}) of '{6}' overlap",
        DiagnosticSeverity.Warning);

    // MMR005: {0}: the field's name; {1}: its type.
    private const string UnsupportedFieldTypeTitle = "Field type is not supported";
    private const string UnsupportedFieldTypePrefix = "[Field] property '{0}' has type '{1}', which ";

    public static readonly DiagnosticDescriptor UnsupportedFieldType = Layout(DiagnosticIds.UnsupportedFieldType, UnsupportedFieldTypeTitle, UnsupportedFieldTypePrefix + "is not a field type: use an integer or floating-point type, Half, bool, char, Guid, an enum, another [Record] struct, a string with Length, an array (T[], ReadOnlySpan<T>, Span<T>) or a table of records (RecordView<T>) with Length");

    /// <summary>{2}: the element type.</summary>
    public static readonly DiagnosticDescriptor GuidElements = Layout(DiagnosticIds.UnsupportedFieldType, UnsupportedFieldTypeTitle, UnsupportedFieldTypePrefix + "is an array or span of Guids, whose byte order an array of elements cannot carry; declare one Guid field per element");

    /// <summary>{2}: the element type.</summary>
    public static readonly DiagnosticDescriptor TableOfNonRecords = Layout(DiagnosticIds.UnsupportedFieldType, UnsupportedFieldTypeTitle, UnsupportedFieldTypePrefix + "is a view of '{2}', which is not a [Record] struct; a RecordView<T> field is a table of nested records");
    public static readonly DiagnosticDescriptor SpanOfBool = Layout(DiagnosticIds.UnsupportedFieldType, UnsupportedFieldTypeTitle, UnsupportedFieldTypePrefix + "is a span of bool, whose bytes may hold values other than 0 and 1; declare 'bool[]' (or a span of byte)");

    /// <summary>{2}: the element type.</summary>
    public static readonly DiagnosticDescriptor SpanOfRecords = Layout(DiagnosticIds.UnsupportedFieldType, UnsupportedFieldTypeTitle, UnsupportedFieldTypePrefix + "is a span of records, which are views rather than values; declare '{2}[]'");
    public static readonly DiagnosticDescriptor MultiDimensionalArray = Layout(DiagnosticIds.UnsupportedFieldType, UnsupportedFieldTypeTitle, UnsupportedFieldTypePrefix + "is a multi-dimensional array; declare a one-dimensional array with Length = rows * columns");
    public static readonly DiagnosticDescriptor ArrayOfStrings = Layout(DiagnosticIds.UnsupportedFieldType, UnsupportedFieldTypeTitle, UnsupportedFieldTypePrefix + "is an array of strings; declare one string field per element");
    public static readonly DiagnosticDescriptor ArrayOfArrays = Layout(DiagnosticIds.UnsupportedFieldType, UnsupportedFieldTypeTitle, UnsupportedFieldTypePrefix + "is an array of arrays; declare a one-dimensional array with Length = rows * columns");
    public static readonly DiagnosticDescriptor NestedRecordWithoutSize = Layout(DiagnosticIds.UnsupportedFieldType, UnsupportedFieldTypeTitle, UnsupportedFieldTypePrefix + "is a record without a valid Size");

    /// <summary>{2}: the element type.</summary>
    public static readonly DiagnosticDescriptor BigEndianSpan = Layout(DiagnosticIds.UnsupportedFieldType, UnsupportedFieldTypeTitle, "[Field] property '{0}' is big-endian, but '{1}' views the mapped bytes in the machine's byte order (little-endian); declare it as '{2}[]' to read big-endian values");

    /// <summary>{1}: the Encoding value.</summary>
    public static readonly DiagnosticDescriptor InvalidEncoding = Layout(DiagnosticIds.UnsupportedFieldType, UnsupportedFieldTypeTitle, "[Field] property '{0}' has Encoding {1}, which is not a TextEncoding (Utf8, Ascii, Latin1 or Utf16)");

    // MMR006: {0}: the property's name.
    private const string FieldNotPartialPropertyTitle = "[Field] needs a partial property with a getter";

    public static readonly DiagnosticDescriptor FieldNotPartialProperty = Layout(DiagnosticIds.FieldNotPartialProperty, FieldNotPartialPropertyTitle, "[Field] property '{0}' must be a partial property ('public partial T {0} {{ get; }}'); the generator implements it");
    public static readonly DiagnosticDescriptor FieldAlreadyImplemented = Layout(DiagnosticIds.FieldNotPartialProperty, FieldNotPartialPropertyTitle, "[Field] property '{0}' already has an implementation; remove it, the generator implements the property");
    public static readonly DiagnosticDescriptor FieldHasInitAccessor = Layout(DiagnosticIds.FieldNotPartialProperty, FieldNotPartialPropertyTitle, "[Field] property '{0}' has an 'init' accessor; use 'get' and optionally 'set'");

    /// <summary>{1}: the accessor's keyword.</summary>
    public static readonly DiagnosticDescriptor FieldHasOtherAccessor = Layout(DiagnosticIds.FieldNotPartialProperty, FieldNotPartialPropertyTitle, "[Field] property '{0}' has an '{1}' accessor; use 'get' and optionally 'set'");
    public static readonly DiagnosticDescriptor FieldWithoutGetter = Layout(DiagnosticIds.FieldNotPartialProperty, FieldNotPartialPropertyTitle, "[Field] property '{0}' needs a getter");
    public static readonly DiagnosticDescriptor FieldIsStatic = Layout(DiagnosticIds.FieldNotPartialProperty, FieldNotPartialPropertyTitle, "[Field] property '{0}' must be an instance property, not static");
    public static readonly DiagnosticDescriptor FieldIsIndexer = Layout(DiagnosticIds.FieldNotPartialProperty, FieldNotPartialPropertyTitle, "[Field] property '{0}' must be an instance property, not an indexer");

    /// <summary>{1}: the type that has no [Record].</summary>
    public static readonly DiagnosticDescriptor FieldOutsideRecord = Layout(DiagnosticIds.FieldNotPartialProperty, FieldNotPartialPropertyTitle, "[Field] property '{0}' is in '{1}', which has no [Record] attribute; the field is never implemented");

    // MMR007: {0}: the field's name.
    private const string MissingLengthTitle = "String or array field needs a positive Length";

    /// <summary>{1}: the field's offset.</summary>
    public static readonly DiagnosticDescriptor StringWithoutLength = Layout(DiagnosticIds.MissingLength, MissingLengthTitle, "The string field '{0}' needs a Length: the number of bytes, as in [Field({1}, Length = n)]");

    /// <summary>{1}: the field's offset.</summary>
    public static readonly DiagnosticDescriptor ArrayWithoutLength = Layout(DiagnosticIds.MissingLength, MissingLengthTitle, "The array field '{0}' needs a Length: the number of elements, as in [Field({1}, Length = n)]");

    /// <summary>{1}: the Length.</summary>
    public static readonly DiagnosticDescriptor StringLengthNotPositive = Layout(DiagnosticIds.MissingLength, MissingLengthTitle, "The string field '{0}' has Length {1}; Length must be the positive number of bytes");

    /// <summary>{1}: the Length.</summary>
    public static readonly DiagnosticDescriptor ArrayLengthNotPositive = Layout(DiagnosticIds.MissingLength, MissingLengthTitle, "The array field '{0}' has Length {1}; Length must be the positive number of elements");

    /// <summary>MMR008. {0}: the record; {1}: the path of the cycle.</summary>
    public static readonly DiagnosticDescriptor RecordCycle = Layout(
        DiagnosticIds.RecordCycle,
        "Records are nested in a cycle",
        "Record '{0}' contains itself through {1}; a record cannot be nested in itself");

    /// <summary>MMR009. {0}: the language version.</summary>
    public static readonly DiagnosticDescriptor LanguageVersionTooLow = Layout(
        DiagnosticIds.LanguageVersionTooLow,
        "Records need C# 13 or later",
        "Records need partial properties, which C# {0} does not have: set <LangVersion>13</LangVersion> (or later) in the project file");

    /// <summary>MMR010. {0}: the field.</summary>
    public static readonly DiagnosticDescriptor VariableOrderOnField = Layout(
        DiagnosticIds.VariableOrderOnField,
        "ByteOrder.Variable is for records, not fields",
        "[Field] property '{0}' has ByteOrder.Variable; a field takes its record's order (ByteOrder.Default) or fixes its own (LittleEndian or BigEndian), and only a record is Variable");

    /// <summary>MMR011. {0}: the field; {1}: its type; {2}: the record; {3}: the element type.</summary>
    public static readonly DiagnosticDescriptor SpanInVariableRecord = Layout(
        DiagnosticIds.SpanInVariableRecord,
        "A span of multi-byte values cannot follow a Variable record's order",
        "[Field] property '{0}' is a {1} in ByteOrder.Variable record '{2}': a span views the mapped bytes in the machine's order, which a big-endian read would misread; declare it as '{3}[]' or give it ByteOrder = ByteOrder.LittleEndian");

    /// <summary>MMR012. {0}: the field; {1}: its Length.</summary>
    public static readonly DiagnosticDescriptor OddUtf16Length = Layout(
        DiagnosticIds.OddUtf16Length,
        "A UTF-16 string needs an even Length",
        "The UTF-16 string field '{0}' has Length {1}; Length counts bytes, two per UTF-16 code unit, so it must be even");

    /// <summary>MMR013. {0}: the field.</summary>
    public static readonly DiagnosticDescriptor TableWithSetter = Layout(
        DiagnosticIds.TableWithSetter,
        "A RecordView<T> field cannot have a setter",
        "The table field '{0}' has a setter; a RecordView<T> field is a view of the parent's bytes: write through its records ('{0}[i].Field = value') and remove the setter");

    /// <summary>MMR014. {0}: the record or field, as "Record 'X'" or "[Field] property 'Y'"; {1}: the value.</summary>
    public static readonly DiagnosticDescriptor InvalidByteOrder = Layout(
        DiagnosticIds.InvalidByteOrder,
        "ByteOrder is not a ByteOrder value",
        "{0} has ByteOrder {1}, which is not a ByteOrder value (Default, LittleEndian, BigEndian or Variable)");
    // MMR015: a ref field (or a nested record with ref fields, or the Stride) breaks the alignment Interlocked and Volatile need.
    private const string RefFieldMisalignedTitle = "Ref field is not aligned";

    /// <summary>{0}: the field; {1}: its width (the alignment); {2}: its type; {3}: its offset; {4}: the next aligned offset.</summary>
    public static readonly DiagnosticDescriptor RefFieldMisaligned = Layout(DiagnosticIds.RefFieldMisaligned, RefFieldMisalignedTitle, "Field '{0}' (a reference to a {2}, {1} bytes) is at offset {3}, which is not a multiple of {1}: Interlocked and Volatile need the value aligned; move it to a multiple of {1} (such as {4})");

    /// <summary>{0}: the field; {1}: the nested record's alignment; {2}: the nested record; {3}: the offset; {4}: the next aligned offset.</summary>
    public static readonly DiagnosticDescriptor NestedRecordMisaligned = Layout(DiagnosticIds.RefFieldMisaligned, RefFieldMisalignedTitle, "Field '{0}' holds a {2} at offset {3}, which is not a multiple of {1}: the ref fields of {2} need {1}-byte alignment; move it to a multiple of {1} (such as {4})");

    /// <summary>{0}: the record; {1}: the Stride; {2}: the alignment; {3}: the next aligned Stride.</summary>
    public static readonly DiagnosticDescriptor StrideMisaligned = Layout(DiagnosticIds.RefFieldMisaligned, RefFieldMisalignedTitle, "Record '{0}' has Stride {1}, which is not a multiple of {2}, the alignment its ref fields need: every record after the first would be misaligned; set Stride = {3}");

    /// <summary>As <see cref="StrideMisaligned"/>, for a record without a Stride; {1}: the Size.</summary>
    public static readonly DiagnosticDescriptor SizeMisaligned = Layout(DiagnosticIds.RefFieldMisaligned, RefFieldMisalignedTitle, "Record '{0}' has Size {1} and no Stride, and {1} is not a multiple of {2}, the alignment its ref fields need: every record after the first would be misaligned; set Stride = {3}");

    // MMR016: {0}: the field; {1}: what it returns ('ref long').
    private const string RefFieldNotSupportedTitle = "Field cannot be returned by reference";
    private const string RefFieldNotSupportedPrefix = "[Field] property '{0}' returns '{1}', which ";

    public static readonly DiagnosticDescriptor RefToString = Layout(DiagnosticIds.RefFieldNotSupported, RefFieldNotSupportedTitle, RefFieldNotSupportedPrefix + "is a string: a reference gives one value, and strings are read by copying their bytes");
    public static readonly DiagnosticDescriptor RefToArray = Layout(DiagnosticIds.RefFieldNotSupported, RefFieldNotSupportedTitle, RefFieldNotSupportedPrefix + "is an array: declare ReadOnlySpan<T> or Span<T> to see the elements in place, or one ref field per element");
    public static readonly DiagnosticDescriptor RefToUnsupportedType = Layout(DiagnosticIds.RefFieldNotSupported, RefFieldNotSupportedTitle, RefFieldNotSupportedPrefix + "Interlocked and Volatile cannot take: a ref field is an integer (sbyte to ulong), float or double");
    public static readonly DiagnosticDescriptor RefToBigEndian = Layout(DiagnosticIds.RefFieldNotSupported, RefFieldNotSupportedTitle, RefFieldNotSupportedPrefix + "is big-endian, but a reference sees the bytes in the machine's byte order (little-endian); a value shared between processes of one machine needs no byte order, so remove ByteOrder.BigEndian (or declare a plain property)");
    public static readonly DiagnosticDescriptor RefToVariableOrder = Layout(DiagnosticIds.RefFieldNotSupported, RefFieldNotSupportedTitle, RefFieldNotSupportedPrefix + "follows the order its ByteOrder.Variable record is read in, but a reference sees the bytes in the machine's byte order (little-endian) whatever that order is; give the field ByteOrder = ByteOrder.LittleEndian (or declare a plain property)");
    public static readonly DiagnosticDescriptor RefWithSetter = Layout(DiagnosticIds.RefFieldNotSupported, RefFieldNotSupportedTitle, "[Field] property '{0}' returns a reference, so it has no setter: assign through the reference ('record.{0} = value', Volatile.Write, Interlocked.Exchange)");

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

    /// <summary>Every layout descriptor (MMR001–MMR016), as the layout analyzer supports them.</summary>
    public static readonly ImmutableArray<DiagnosticDescriptor> LayoutDescriptors = ImmutableArray.Create(
        NotPartialStruct,
        RecordIsClass,
        RecordIsRecordClass,
        RecordIsInterface,
        RecordIsEnum,
        RecordIsNotAStruct,
        RecordIsRecordStruct,
        RecordIsRefStruct,
        RecordIsGeneric,
        RecordHasPrimaryConstructor,
        RecordIsFileLocal,
        ContainingTypeNotPartial,
        SizeNotPositive,
        SizeMissing,
        StrideLessThanSize,
        FieldPastSize,
        ArrayPastSize,
        NegativeOffset,
        FieldsOverlap,
        UnsupportedFieldType,
        SpanOfBool,
        SpanOfRecords,
        MultiDimensionalArray,
        ArrayOfStrings,
        ArrayOfArrays,
        NestedRecordWithoutSize,
        BigEndianSpan,
        InvalidEncoding,
        FieldNotPartialProperty,
        FieldAlreadyImplemented,
        FieldHasInitAccessor,
        FieldHasOtherAccessor,
        FieldWithoutGetter,
        FieldIsStatic,
        FieldIsIndexer,
        FieldOutsideRecord,
        StringWithoutLength,
        ArrayWithoutLength,
        StringLengthNotPositive,
        ArrayLengthNotPositive,
        RecordCycle,
        LanguageVersionTooLow,
        GuidElements,
        TableOfNonRecords,
        VariableOrderOnField,
        SpanInVariableRecord,
        OddUtf16Length,
        TableWithSetter,
        InvalidByteOrder,
        RefFieldMisaligned,
        NestedRecordMisaligned,
        StrideMisaligned,
        SizeMisaligned,
        RefToString,
        RefToArray,
        RefToUnsupportedType,
        RefToBigEndian,
        RefToVariableOrder,
        RefWithSetter);

    private static DiagnosticDescriptor Layout(string id, string title, string message, DiagnosticSeverity severity = DiagnosticSeverity.Error) =>
        new(id, title, message, LayoutCategory, severity, isEnabledByDefault: true, helpLinkUri: HelpBase + id + ".md");
}
