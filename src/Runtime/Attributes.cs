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
