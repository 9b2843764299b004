namespace MmapRecords.Generator.Diagnostics;

/// <summary>
/// The id of every diagnostic MmapRecords reports. The descriptors in <see cref="Descriptors"/> and the code fixes
/// (which name the ids they fix) both use these constants, so an id is written once.
/// </summary>
internal static class DiagnosticIds
{
    /// <summary><c>[Record]</c> on a type that is not a partial struct.</summary>
    public const string NotPartialStruct = "MMR001";

    /// <summary><c>Size</c> not positive, or <c>Stride</c> less than <c>Size</c>.</summary>
    public const string InvalidSizeOrStride = "MMR002";

    /// <summary>A field reaches past <c>Size</c>, or has a negative offset.</summary>
    public const string FieldOutOfRecord = "MMR003";

    /// <summary>Two fields overlap.</summary>
    public const string FieldsOverlap = "MMR004";

    /// <summary>A field type that is not supported.</summary>
    public const string UnsupportedFieldType = "MMR005";

    /// <summary><c>[Field]</c> on a property that is not a partial property with a getter.</summary>
    public const string FieldNotPartialProperty = "MMR006";

    /// <summary>A string or array field without a positive <c>Length</c>.</summary>
    public const string MissingLength = "MMR007";

    /// <summary>Records nested in a cycle.</summary>
    public const string RecordCycle = "MMR008";

    /// <summary>A language version without partial properties.</summary>
    public const string LanguageVersionTooLow = "MMR009";

    /// <summary><c>ByteOrder.Variable</c> on a field.</summary>
    public const string VariableOrderOnField = "MMR010";

    /// <summary>A span of multi-byte values that would follow a <c>Variable</c> record's order.</summary>
    public const string SpanInVariableRecord = "MMR011";

    /// <summary>A UTF-16 string with an odd Length.</summary>
    public const string OddUtf16Length = "MMR012";

    /// <summary>A <c>RecordView&lt;T&gt;</c> field with a setter.</summary>
    public const string TableWithSetter = "MMR013";

    /// <summary>A ByteOrder that is not a ByteOrder value.</summary>
    public const string InvalidByteOrder = "MMR014";
    /// <summary>A ref field, a nested record with ref fields, or the Stride breaks the alignment Interlocked and Volatile need.</summary>
    public const string RefFieldMisaligned = "MMR015";

    /// <summary>A field that cannot be returned by reference (a string, an array, a big-endian field, a type Interlocked cannot take, a setter).</summary>
    public const string RefFieldNotSupported = "MMR016";

    /// <summary>A record or view can outlive its <c>MappedFile</c>.</summary>
    public const string RecordOutlivesFile = "MMR100";

    /// <summary>A record or view used after its <c>MappedFile</c> was disposed.</summary>
    public const string RecordUsedAfterDispose = "MMR101";
}

/// <summary>The keys of the properties a layout diagnostic carries for its code fix.</summary>
internal static class FixProperties
{
    /// <summary>The Size that covers every field (MMR002, MMR003): the grow-Size fix's value.</summary>
    public const string RequiredSize = nameof(RequiredSize);

    /// <summary>The record's Size (MMR002 for a Stride less than Size): the make-Stride-equal-Size fix's value.</summary>
    public const string Size = nameof(Size);

    /// <summary>The Length that fills the gap up to the next field (MMR007): the add-Length fix's value.</summary>
    public const string SuggestedLength = nameof(SuggestedLength);

    /// <summary>
    /// The record's byte order, as the number of its <c>ByteOrder</c> value (MMR010): the fix that removes a field's
    /// <c>ByteOrder.Variable</c> applies only in a <c>Variable</c> record, where the field then follows the order the record is read in.
    /// </summary>
    public const string RecordByteOrder = nameof(RecordByteOrder);

    /// <summary>The record's name: a fix finds its declaration by name when earlier fixes moved the text.</summary>
    public const string Record = nameof(Record);

    /// <summary>The field's name, for a fix that edits the field's attribute.</summary>
    public const string Field = nameof(Field);
}
