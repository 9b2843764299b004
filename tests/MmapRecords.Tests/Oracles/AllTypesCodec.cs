using System.Buffers.Binary;
using L = MmapRecords.Tests.AllTypesLayout;

namespace MmapRecords.Tests.Oracles;

/// <summary>Writes and reads <see cref="AllTypes"/> values with BinaryPrimitives, independently of the generated code.</summary>
public static class AllTypesCodec
{
    public static void Write(Span<byte> record, AllTypes v)
    {
        record[L.U8] = v.U8;
        record[L.I8] = (byte)v.I8;
        BinaryPrimitives.WriteInt16LittleEndian(record[L.I16..], v.I16);
        BinaryPrimitives.WriteUInt16LittleEndian(record[L.U16..], v.U16);
        BinaryPrimitives.WriteInt32LittleEndian(record[L.I32..], v.I32);
        BinaryPrimitives.WriteUInt32LittleEndian(record[L.U32..], v.U32);
        BinaryPrimitives.WriteInt64LittleEndian(record[L.I64..], v.I64);
        BinaryPrimitives.WriteUInt64LittleEndian(record[L.U64..], v.U64);
        BinaryPrimitives.WriteSingleLittleEndian(record[L.F32..], v.F32);
        BinaryPrimitives.WriteDoubleLittleEndian(record[L.F64..], v.F64);
        BinaryPrimitives.WriteHalfLittleEndian(record[L.F16..], v.F16);
        record[L.Flag] = v.Flag ? (byte)1 : (byte)0;
        record[L.E8] = (byte)v.E8;
        record[L.ES8] = (byte)(sbyte)v.ES8;
        BinaryPrimitives.WriteInt16LittleEndian(record[L.E16..], (short)v.E16);
        BinaryPrimitives.WriteUInt16LittleEndian(record[L.EU16..], (ushort)v.EU16);
        BinaryPrimitives.WriteInt32LittleEndian(record[L.E32..], (int)v.E32);
        BinaryPrimitives.WriteUInt32LittleEndian(record[L.EU32..], (uint)v.EU32);
        BinaryPrimitives.WriteInt64LittleEndian(record[L.E64..], (long)v.E64);
        BinaryPrimitives.WriteUInt64LittleEndian(record[L.EU64..], (ulong)v.EU64);
    }

    public static AllTypes Read(ReadOnlySpan<byte> record) => new(
        record[L.U8],
        (sbyte)record[L.I8],
        BinaryPrimitives.ReadInt16LittleEndian(record[L.I16..]),
        BinaryPrimitives.ReadUInt16LittleEndian(record[L.U16..]),
        BinaryPrimitives.ReadInt32LittleEndian(record[L.I32..]),
        BinaryPrimitives.ReadUInt32LittleEndian(record[L.U32..]),
        BinaryPrimitives.ReadInt64LittleEndian(record[L.I64..]),
        BinaryPrimitives.ReadUInt64LittleEndian(record[L.U64..]),
        BinaryPrimitives.ReadSingleLittleEndian(record[L.F32..]),
        BinaryPrimitives.ReadDoubleLittleEndian(record[L.F64..]),
        BinaryPrimitives.ReadHalfLittleEndian(record[L.F16..]),
        record[L.Flag] != 0,
        (ByteKind)record[L.E8],
        (SByteKind)(sbyte)record[L.ES8],
        (ShortKind)BinaryPrimitives.ReadInt16LittleEndian(record[L.E16..]),
        (UShortKind)BinaryPrimitives.ReadUInt16LittleEndian(record[L.EU16..]),
        (IntKind)BinaryPrimitives.ReadInt32LittleEndian(record[L.E32..]),
        (UIntKind)BinaryPrimitives.ReadUInt32LittleEndian(record[L.EU32..]),
        (LongKind)BinaryPrimitives.ReadInt64LittleEndian(record[L.E64..]),
        (ULongKind)BinaryPrimitives.ReadUInt64LittleEndian(record[L.EU64..]));

    /// <summary>The values of a generated record, as the oracle record struct.</summary>
    public static AllTypes From(MmapRecords.Tests.AllTypes r) => new(
        r.U8, r.I8, r.I16, r.U16, r.I32, r.U32, r.I64, r.U64, r.F32, r.F64, r.F16, r.Flag,
        r.E8, r.ES8, r.E16, r.EU16, r.E32, r.EU32, r.E64, r.EU64);

    /// <summary>Sets every field of a generated record through its setters.</summary>
    public static void Set(MmapRecords.Tests.AllTypes r, AllTypes v)
    {
        r.U8 = v.U8;
        r.I8 = v.I8;
        r.I16 = v.I16;
        r.U16 = v.U16;
        r.I32 = v.I32;
        r.U32 = v.U32;
        r.I64 = v.I64;
        r.U64 = v.U64;
        r.F32 = v.F32;
        r.F64 = v.F64;
        r.F16 = v.F16;
        r.Flag = v.Flag;
        r.E8 = v.E8;
        r.ES8 = v.ES8;
        r.E16 = v.E16;
        r.EU16 = v.EU16;
        r.E32 = v.E32;
        r.EU32 = v.EU32;
        r.E64 = v.E64;
        r.EU64 = v.EU64;
    }

    /// <summary>Edge values first (minimums, maximums, NaN with a payload, -0, infinities, subnormals), then random ones.</summary>
    public static AllTypes[] Values(int count, int seed)
    {
        var values = new AllTypes[count];
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            values[i] = i switch
            {
                0 => new(byte.MinValue, sbyte.MinValue, short.MinValue, ushort.MinValue, int.MinValue, uint.MinValue, long.MinValue, ulong.MinValue,
                    float.NegativeInfinity, -0.0, Half.NegativeInfinity, false,
                    ByteKind.Zero, SByteKind.Min, ShortKind.Min, UShortKind.Zero, IntKind.Min, UIntKind.Zero, LongKind.Min, ULongKind.Zero),
                1 => new(byte.MaxValue, sbyte.MaxValue, short.MaxValue, ushort.MaxValue, int.MaxValue, uint.MaxValue, long.MaxValue, ulong.MaxValue,
                    BitConverter.Int32BitsToSingle(0x7FC0_1234), double.Epsilon, Half.Epsilon, true,
                    ByteKind.Max, (SByteKind)127, (ShortKind)short.MaxValue, UShortKind.Max, (IntKind)int.MaxValue, UIntKind.Max, (LongKind)long.MaxValue, ULongKind.Max),
                2 => new(0x12, -2, 0x1234, 0xFEDC, 0x12345678, 0x9ABCDEF0, 0x0123456789ABCDEF, 0xFEDCBA9876543210,
                    float.Epsilon, BitConverter.Int64BitsToDouble(0x7FF8_0000_0000_0001), BitConverter.UInt16BitsToHalf(0x7E01), true,
                    (ByteKind)77, (SByteKind)(-77), (ShortKind)(-7777), (UShortKind)7777, (IntKind)(-77777777), (UIntKind)77777777, (LongKind)(-7777777777777), (ULongKind)7777777777777),
                _ => Random(random),
            };
        }

        return values;
    }

    private static AllTypes Random(Random random)
    {
        Span<byte> bytes = stackalloc byte[L.Size];
        random.NextBytes(bytes);
        bytes[L.Flag] &= 1;
        return Read(bytes);
    }
}
