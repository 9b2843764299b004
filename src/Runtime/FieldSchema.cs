using System;
using System.Globalization;

namespace MmapRecords;

/// <summary>One field of a <see cref="RecordSchema"/>: where its bytes are and how they are read.</summary>
public sealed class FieldSchema
{
    private readonly Type? _elementType;

    /// <summary>The property's name.</summary>
    public required string Name { get; init; }

    /// <summary>The byte offset of the field from the start of its record.</summary>
    public required int Offset { get; init; }

    /// <summary>The number of bytes the field covers (for an array of records: <c>(Length - 1) * Stride + Size</c> of the element).</summary>
    public required int Width { get; init; }

    /// <summary>The property's type as declared: <c>float</c>, <c>string</c>, <c>ushort[]</c>, <c>ReadOnlySpan&lt;int&gt;</c>, a record or an enum.</summary>
    public required Type Type { get; init; }

    /// <summary>
    /// The type of one element of an array or span field (<c>ushort</c> for <c>ushort[]</c>); for any other field
    /// the same as <see cref="Type"/>.
    /// </summary>
    public Type ElementType
    {
        get => _elementType ?? Type;
        init => _elementType = value;
    }

    /// <summary>
    /// The order of the field's bytes (of each element's, for an array): <see cref="ByteOrder.LittleEndian"/>,
    /// <see cref="ByteOrder.BigEndian"/>, or <see cref="ByteOrder.Variable"/> for a field that takes the order its
    /// <c>Variable</c> record is read in. For a nested record, the order of the nested record's own fields (for a
    /// nested <c>Variable</c> record, the order it takes from this field). Fields of one byte (and 8-bit strings)
    /// have no order; they show their record's.
    /// </summary>
    public required ByteOrder ByteOrder { get; init; }

    /// <summary>The element count of an array, the byte count of a string; 0 for a single value.</summary>
    public int Length { get; init; }

    /// <summary>How a string field is encoded; <see cref="TextEncoding.Utf8"/> for any other field.</summary>
    public TextEncoding Encoding { get; init; }

    /// <summary>The schema of a nested record (of each element, for an array of records); otherwise <see langword="null"/>.</summary>
    public RecordSchema? Nested { get; init; }

    /// <summary>Whether the field is a fixed array (or span) of <see cref="Length"/> elements.</summary>
    public bool IsArray => Length > 0 && Type != typeof(string);

    /// <summary>The field as one line: <c>ushort Values[3] at 22, 6 bytes, big-endian</c>.</summary>
    /// <returns>The field's type, name, offset, width and byte order.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Schema.SchemaTable.TypeName(this)} {Schema.SchemaTable.Declarator(this)} at {Offset}, {Width} {(Width == 1 ? "byte" : "bytes")}, {Schema.SchemaTable.OrderName(ByteOrder)}");
}
