using System;
using MmapRecords;

namespace TiffDirectory;

/// <summary>
/// The 8-byte TIFF header: <c>II</c> (little-endian) or <c>MM</c> (big-endian), then 42 and the offset of the first
/// image file directory, both in the order the first two bytes name.
/// </summary>
[Record(Size = 8, ByteOrder = ByteOrder.Variable)]
public readonly partial struct TiffHeader
{
    /// <summary><c>II</c> or <c>MM</c>: no order of their own, read before the order is known.</summary>
    [Field(0, Length = 2)] public partial ReadOnlySpan<byte> ByteOrderMark { get; }

    [Field(2)] public partial ushort Magic { get; }

    [Field(4)] public partial uint FirstDirectoryOffset { get; }
}

/// <summary>The entry count that starts an image file directory.</summary>
[Record(Size = 2, ByteOrder = ByteOrder.Variable)]
public readonly partial struct EntryCount
{
    [Field(0)] public partial ushort Value { get; }
}

/// <summary>One 12-byte directory entry: a tag, its value type, how many values, and the values or their offset.</summary>
[Record(Size = 12, ByteOrder = ByteOrder.Variable)]
public readonly partial struct DirectoryEntry
{
    [Field(0)] public partial ushort Tag { get; }

    [Field(2)] public partial FieldType Type { get; }

    [Field(4)] public partial uint Count { get; }

    /// <summary>A LONG value, or the offset of the values when they do not fit in 4 bytes.</summary>
    [Field(8)] public partial uint ValueOrOffset { get; }

#pragma warning disable MMR004 // TIFF left-justifies a SHORT value in the same 4 bytes as a LONG: the overlap is the format's.
    /// <summary>A SHORT value, stored in the first two of the 4 value bytes.</summary>
    [Field(8)] public partial ushort ShortValue { get; }
#pragma warning restore MMR004

    /// <summary>The 4 value bytes as they are (BYTE and ASCII values of up to 4 bytes).</summary>
    [Field(8, Length = 4)] public partial ReadOnlySpan<byte> ValueBytes { get; }
}

/// <summary>A SHORT in an array of values that did not fit in an entry.</summary>
[Record(Size = 2, ByteOrder = ByteOrder.Variable)]
public readonly partial struct ShortValue
{
    [Field(0)] public partial ushort Value { get; }
}

/// <summary>A LONG in an array of values that did not fit in an entry.</summary>
[Record(Size = 4, ByteOrder = ByteOrder.Variable)]
public readonly partial struct LongValue
{
    [Field(0)] public partial uint Value { get; }
}

/// <summary>The TIFF 6.0 field types used by baseline images.</summary>
public enum FieldType : ushort
{
    Byte = 1,
    Ascii = 2,
    Short = 3,
    Long = 4,
    Rational = 5,
}
