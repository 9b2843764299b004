// This file is also compiled into the generator (linked source, MMAPRECORDS_GENERATOR defined), so that the
// generator reads attribute values through the very enums the runtime declares. There the types are internal.

namespace MmapRecords;

/// <summary>The order of the bytes of a multi-byte value in the file.</summary>
#if MMAPRECORDS_GENERATOR
internal
#else
public
#endif
enum ByteOrder
{
    /// <summary>On a field, the record's byte order; on a record, little-endian.</summary>
    Default = 0,

    /// <summary>Least significant byte first (x86, ARM, most file formats of today).</summary>
    LittleEndian,

    /// <summary>Most significant byte first ("network order": SQLite, PNG, Java class files).</summary>
    BigEndian,

    /// <summary>
    /// On a record only: the order is chosen where the record is read, by passing <see cref="LittleEndian"/> or
    /// <see cref="BigEndian"/> to <c>MappedFile.View&lt;T&gt;(offset, count, byteOrder)</c> or
    /// <c>MappedFile.Read&lt;T&gt;(offset, byteOrder)</c> (formats that say their order in a magic number: TIFF,
    /// gettext <c>.mo</c>, pcap). A nested record declared <see cref="Variable"/> takes its parent's order.
    /// </summary>
    Variable,
}

/// <summary>The encoding of a fixed-length string field.</summary>
#if MMAPRECORDS_GENERATOR
internal
#else
public
#endif
enum TextEncoding
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
