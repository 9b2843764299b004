using System;

namespace MmapRecords;

/// <summary>
/// Marks a <c>partial struct</c> as a fixed-layout binary record. The MmapRecords source generator
/// implements every <see cref="FieldAttribute"/> property of the struct as a read (and write)
/// straight out of the memory the record points into.
/// </summary>
/// <example>
/// <code>
/// [Record(Size = 18, Stride = 20)]
/// public readonly partial struct Vertex
/// {
///     [Field(0)]  public partial Vector Position { get; }
///     [Field(12)] public partial Color Color { get; }
/// }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Struct, Inherited = false, AllowMultiple = false)]
public sealed class RecordAttribute : Attribute
{
    /// <summary>The number of bytes of data in one record. Required; must be positive.</summary>
    public int Size { get; set; }

    /// <summary>
    /// The distance in bytes from the start of one record to the start of the next in a table.
    /// <c>0</c> (the default) means <see cref="Size"/>; otherwise it must be at least <see cref="Size"/>.
    /// </summary>
    public int Stride { get; set; }

    /// <summary>
    /// The byte order of the record's fields. <see cref="ByteOrder.Default"/> means little-endian;
    /// <see cref="ByteOrder.Variable"/> means the order is chosen where the record is read (a magic number tells).
    /// </summary>
    public ByteOrder ByteOrder { get; set; }
}

/// <summary>
/// Places a partial property of a <see cref="RecordAttribute"/> struct at a byte offset of the record.
/// Offsets need not be aligned.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false, AllowMultiple = false)]
public sealed class FieldAttribute : Attribute
{
    /// <summary>Places the field at <paramref name="offset"/> bytes from the start of the record.</summary>
    /// <param name="offset">The byte offset of the field inside the record.</param>
    public FieldAttribute(int offset) => Offset = offset;

    /// <summary>The byte offset of the field inside the record.</summary>
    public int Offset { get; }

    /// <summary>
    /// For a fixed array, the number of elements; for a fixed-length string, the number of bytes.
    /// Ignored for other field types.
    /// </summary>
    public int Length { get; set; }

    /// <summary>
    /// The byte order of this field; <see cref="ByteOrder.Default"/> means the record's. Never
    /// <see cref="ByteOrder.Variable"/>: a field of a <see cref="ByteOrder.Variable"/> record that declares
    /// <see cref="ByteOrder.LittleEndian"/> or <see cref="ByteOrder.BigEndian"/> keeps that order whatever the record's.
    /// </summary>
    public ByteOrder ByteOrder { get; set; }

    /// <summary>How a fixed-length string field is encoded.</summary>
    public TextEncoding Encoding { get; set; }
}

/// <summary>The order of the bytes of a multi-byte value in the file.</summary>
public enum ByteOrder
{
    /// <summary>On a field, the record's byte order; on a record, little-endian.</summary>
    Default = 0,

    /// <summary>Least significant byte first (x86, ARM, most file formats of today).</summary>
    LittleEndian,

    /// <summary>Most significant byte first ("network order": SQLite, PNG, Java class files).</summary>
    BigEndian,

    /// <summary>
    /// On a record only: the order is chosen where the record is read, by passing <see cref="LittleEndian"/> or
    /// <see cref="BigEndian"/> to <see cref="MappedFile.View{T}(long, long, ByteOrder)"/> or
    /// <see cref="MappedFile.Read{T}(long, ByteOrder)"/> (formats that say their order in a magic number: TIFF,
    /// gettext <c>.mo</c>, pcap). A nested record declared <see cref="Variable"/> takes its parent's order.
    /// </summary>
    Variable,
}

/// <summary>The encoding of a fixed-length string field.</summary>
public enum TextEncoding
{
    /// <summary>UTF-8 (the default).</summary>
    Utf8 = 0,

    /// <summary>7-bit ASCII; bytes above 0x7F read as '?'.</summary>
    Ascii,

    /// <summary>ISO-8859-1: each byte is the code point of the same value.</summary>
    Latin1,

    /// <summary>
    /// UTF-16 code units (two bytes each) in the field's byte order; the field's <c>Length</c> counts bytes and must
    /// be even, and the value ends at the first 0x0000 unit.
    /// </summary>
    Utf16,
}

/// <summary>How a <see cref="MappedFile"/> maps its file.</summary>
public enum MapAccess
{
    /// <summary>Read only; setters throw <see cref="InvalidOperationException"/>.</summary>
    Read = 0,

    /// <summary>Read and write; writes reach the file (durably after <see cref="MappedFile.Flush"/>).</summary>
    ReadWrite,

    /// <summary>Writes are visible through this mapping only; the file's bytes never change.</summary>
    CopyOnWrite,
}
