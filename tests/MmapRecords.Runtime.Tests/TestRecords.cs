using System.Buffers.Binary;

namespace MmapRecords.Runtime.Tests;

/// <summary>
/// A record type the property tests can check generically: <see cref="Probe"/> reads the record's fields through
/// the generated accessors, <see cref="Expected"/> computes the same value from raw bytes read independently
/// (with <see cref="BinaryPrimitives"/>), and <see cref="Poke"/> writes through the generated setters.
/// </summary>
public interface IProbeRecord<TSelf> where TSelf : struct, IRecord<TSelf>, IProbeRecord<TSelf>
{
    static abstract int RecordSize { get; }

    static abstract int RecordStride { get; }

    static abstract ulong Expected(ReadOnlySpan<byte> bytes);

    ulong Probe();

    void Poke(ulong value);
}

/// <summary>One byte, stride 1: every byte of a file is a record.</summary>
[Record(Size = 1)]
public readonly partial struct OneByte : IProbeRecord<OneByte>
{
    [Field(0)] public partial byte Value { get; set; }

    public static int RecordSize => 1;

    public static int RecordStride => 1;

    public static ulong Expected(ReadOnlySpan<byte> bytes) => bytes[0];

    public ulong Probe() => Value;

    public void Poke(ulong value) => Value = (byte)value;
}

/// <summary>3 bytes of data every 7 bytes: an unaligned little-endian ushort after a byte.</summary>
[Record(Size = 3, Stride = 7)]
public readonly partial struct Odd3 : IProbeRecord<Odd3>
{
    [Field(0)] public partial byte Tag { get; set; }

    [Field(1)] public partial ushort Value { get; set; }

    public static int RecordSize => 3;

    public static int RecordStride => 7;

    public static ulong Expected(ReadOnlySpan<byte> bytes) => ((ulong)bytes[0] << 16) | BinaryPrimitives.ReadUInt16LittleEndian(bytes[1..]);

    public ulong Probe() => ((ulong)Tag << 16) | Value;

    public void Poke(ulong value)
    {
        Tag = (byte)(value >> 16);
        Value = (ushort)value;
    }
}

/// <summary>A little-endian ulong, stride 8.</summary>
[Record(Size = 8)]
public readonly partial struct Long8 : IProbeRecord<Long8>
{
    [Field(0)] public partial ulong Value { get; set; }

    public static int RecordSize => 8;

    public static int RecordStride => 8;

    public static ulong Expected(ReadOnlySpan<byte> bytes) => BinaryPrimitives.ReadUInt64LittleEndian(bytes);

    public ulong Probe() => Value;

    public void Poke(ulong value) => Value = value;
}

/// <summary>12 bytes every 16, big-endian: a uint and an unaligned ulong.</summary>
[Record(Size = 12, Stride = 16, ByteOrder = ByteOrder.BigEndian)]
public readonly partial struct Big12 : IProbeRecord<Big12>
{
    [Field(0)] public partial uint High { get; set; }

    [Field(4)] public partial ulong Low { get; set; }

    public static int RecordSize => 12;

    public static int RecordStride => 16;

    public static ulong Expected(ReadOnlySpan<byte> bytes) =>
        BinaryPrimitives.ReadUInt32BigEndian(bytes) ^ BinaryPrimitives.ReadUInt64BigEndian(bytes[4..]);

    public ulong Probe() => High ^ Low;

    public void Poke(ulong value)
    {
        High = 0;
        Low = value;
    }
}

/// <summary>13 bytes every 4099: records start at every offset within a page and straddle page boundaries.</summary>
[Record(Size = 13, Stride = 4099)]
public readonly partial struct Sparse13 : IProbeRecord<Sparse13>
{
    [Field(3)] public partial ulong Value { get; set; }

    [Field(12)] public partial byte Last { get; set; }

    public static int RecordSize => 13;

    public static int RecordStride => 4099;

    public static ulong Expected(ReadOnlySpan<byte> bytes) => BinaryPrimitives.ReadUInt64LittleEndian(bytes[3..]) + bytes[12];

    public ulong Probe() => Value + Last;

    public void Poke(ulong value)
    {
        Value = value;
        Last = 0;
    }
}

/// <summary>A header record for a header-plus-table file.</summary>
[Record(Size = 16)]
public readonly partial struct Header
{
    [Field(0)] public partial uint Magic { get; set; }

    [Field(4)] public partial uint Count { get; set; }

    [Field(8)] public partial long TableOffset { get; set; }
}

/// <summary>A record with a nested record, for use-after-dispose checks of nested access.</summary>
[Record(Size = 20, Stride = 24)]
public readonly partial struct Outer
{
    [Field(0)] public partial Long8 First { get; }

    [Field(8)] public partial Big12 Second { get; }
}
