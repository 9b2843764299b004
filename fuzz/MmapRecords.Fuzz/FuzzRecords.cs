using System;
using System.Buffers.Binary;

namespace MmapRecords.Fuzz;

/// <summary>
/// The header of the fuzzed format (64 bytes, little-endian): what table follows, where, how many records, and
/// which window, index and slice the harness asks for. Every number comes from the input, so every one is hostile.
/// </summary>
[Record(Size = 64)]
public readonly partial struct FuzzHeader
{
    [Field(0)] public partial ulong Poke { get; }

    /// <summary>Record type of the table (mod 4).</summary>
    [Field(8)] public partial byte Kind { get; }

    /// <summary>0 Read, 1 ReadWrite, 2 CopyOnWrite (mod 3).</summary>
    [Field(9)] public partial byte Access { get; }

    /// <summary>Bit 0: map a window; bit 1: view a counted table; bit 2: write through a record.</summary>
    [Field(10)] public partial ushort Flags { get; }

    [Field(12)] public partial int Reserved { get; }

    [Field(16)] public partial long TableOffset { get; }

    [Field(24)] public partial long Count { get; }

    [Field(32)] public partial long Index { get; }

    [Field(40)] public partial long WindowOffset { get; }

    [Field(48)] public partial long WindowLength { get; }

    [Field(56)] public partial long SliceStart { get; }

    /// <summary>The slice's count is the header's <see cref="Reserved"/> field widened (keeps the header at 64 bytes).</summary>
    public long SliceCount => Reserved;
}

/// <summary>A table record the harness can check against the input's own bytes.</summary>
public interface IFuzzRecord<TSelf> where TSelf : struct, IRecord<TSelf>, IFuzzRecord<TSelf>
{
    static abstract ulong Expected(ReadOnlySpan<byte> bytes);

    ulong Probe();

    void Write(ulong value);
}

[Record(Size = 1)]
public readonly partial struct Fuzz1 : IFuzzRecord<Fuzz1>
{
    [Field(0)] public partial byte Value { get; set; }

    public static ulong Expected(ReadOnlySpan<byte> bytes) => bytes[0];

    public ulong Probe() => Value;

    public void Write(ulong value) => Value = (byte)value;
}

[Record(Size = 6, Stride = 10)]
public readonly partial struct Fuzz6 : IFuzzRecord<Fuzz6>
{
    [Field(0)] public partial ushort Low { get; set; }

    [Field(2, ByteOrder = ByteOrder.BigEndian)] public partial uint High { get; set; }

    public static ulong Expected(ReadOnlySpan<byte> bytes) =>
        BinaryPrimitives.ReadUInt16LittleEndian(bytes) | ((ulong)BinaryPrimitives.ReadUInt32BigEndian(bytes[2..]) << 16);

    public ulong Probe() => Low | ((ulong)High << 16);

    public void Write(ulong value)
    {
        Low = (ushort)value;
        High = (uint)(value >> 16);
    }
}

[Record(Size = 16)]
public readonly partial struct Fuzz16 : IFuzzRecord<Fuzz16>
{
    [Field(0)] public partial long A { get; set; }

    [Field(8)] public partial double B { get; set; }

    public static ulong Expected(ReadOnlySpan<byte> bytes) =>
        (ulong)BinaryPrimitives.ReadInt64LittleEndian(bytes) ^ BitConverter.DoubleToUInt64Bits(BinaryPrimitives.ReadDoubleLittleEndian(bytes[8..]));

    public ulong Probe() => (ulong)A ^ BitConverter.DoubleToUInt64Bits(B);

    public void Write(ulong value)
    {
        A = (long)value;
        B = 0;
    }
}

/// <summary>Records that straddle pages: 7 bytes every 4,097.</summary>
[Record(Size = 7, Stride = 4097)]
public readonly partial struct Fuzz7 : IFuzzRecord<Fuzz7>
{
    [Field(1)] public partial uint Middle { get; set; }

    [Field(5)] public partial ushort Tail { get; set; }

    public static ulong Expected(ReadOnlySpan<byte> bytes) =>
        BinaryPrimitives.ReadUInt32LittleEndian(bytes[1..]) + (ulong)BinaryPrimitives.ReadUInt16LittleEndian(bytes[5..]);

    public ulong Probe() => Middle + (ulong)Tail;

    public void Write(ulong value)
    {
        Middle = (uint)value;
        Tail = 0;
    }
}

/// <summary>A record whose byte order the harness picks from the input: every multi-byte kind, and a field of fixed order.</summary>
[Record(Size = 14, ByteOrder = ByteOrder.Variable)]
public readonly partial struct FuzzVariable
{
    [Field(0)] public partial ushort Small { get; set; }

    [Field(2)] public partial uint Word { get; set; }

    [Field(6)] public partial char Letter { get; set; }

    [Field(8, Length = 4, Encoding = TextEncoding.Utf16)] public partial string Text { get; set; }

    [Field(12, ByteOrder = ByteOrder.BigEndian)] public partial ushort Fixed { get; set; }

    [Field(0, Length = 14)] public partial ReadOnlySpan<byte> Raw { get; }
}
