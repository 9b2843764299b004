namespace MmapRecords.Tests;

public enum ByteKind : byte { Zero, One, Max = 255 }
public enum SByteKind : sbyte { Min = -128, Zero = 0 }
public enum ShortKind : short { Min = short.MinValue, Zero = 0 }
public enum UShortKind : ushort { Zero, Max = ushort.MaxValue }
public enum IntKind : int { Min = int.MinValue, Zero = 0 }
public enum UIntKind : uint { Zero, Max = uint.MaxValue }
public enum LongKind : long { Min = long.MinValue, Zero = 0 }
public enum ULongKind : ulong { Zero, Max = ulong.MaxValue }

/// <summary>Every field type at an odd offset, with gap bytes at 0, 2, 48, 50 and 52, and 5 bytes of padding.</summary>
[Record(Size = AllTypesLayout.Size, Stride = AllTypesLayout.Stride)]
public readonly partial struct AllTypes
{
    [Field(AllTypesLayout.U8)] public partial byte U8 { get; set; }
    [Field(AllTypesLayout.I8)] public partial sbyte I8 { get; set; }
    [Field(AllTypesLayout.I16)] public partial short I16 { get; set; }
    [Field(AllTypesLayout.U16)] public partial ushort U16 { get; set; }
    [Field(AllTypesLayout.I32)] public partial int I32 { get; set; }
    [Field(AllTypesLayout.U32)] public partial uint U32 { get; set; }
    [Field(AllTypesLayout.I64)] public partial long I64 { get; set; }
    [Field(AllTypesLayout.U64)] public partial ulong U64 { get; set; }
    [Field(AllTypesLayout.F32)] public partial float F32 { get; set; }
    [Field(AllTypesLayout.F64)] public partial double F64 { get; set; }
    [Field(AllTypesLayout.F16)] public partial Half F16 { get; set; }
    [Field(AllTypesLayout.Flag)] public partial bool Flag { get; set; }
    [Field(AllTypesLayout.E8)] public partial ByteKind E8 { get; set; }
    [Field(AllTypesLayout.ES8)] public partial SByteKind ES8 { get; set; }
    [Field(AllTypesLayout.E16)] public partial ShortKind E16 { get; set; }
    [Field(AllTypesLayout.EU16)] public partial UShortKind EU16 { get; set; }
    [Field(AllTypesLayout.E32)] public partial IntKind E32 { get; set; }
    [Field(AllTypesLayout.EU32)] public partial UIntKind EU32 { get; set; }
    [Field(AllTypesLayout.E64)] public partial LongKind E64 { get; set; }
    [Field(AllTypesLayout.EU64)] public partial ULongKind EU64 { get; set; }
}

/// <summary>The offsets of <see cref="AllTypes"/>, shared with the independent writer and reader of the tests.</summary>
public static class AllTypesLayout
{
    public const int U8 = 1, I8 = 3, I16 = 5, U16 = 7, I32 = 9, U32 = 13, I64 = 17, U64 = 25, F32 = 33, F64 = 37, F16 = 45, Flag = 47;
    public const int E8 = 49, ES8 = 51, E16 = 53, EU16 = 55, E32 = 57, EU32 = 61, E64 = 65, EU64 = 73;
    public const int Size = 81, Stride = 86;
    public static readonly int[] GapBytes = [0, 2, 48, 50, 52];
}

/// <summary>A file header before a table.</summary>
[Record(Size = 7)]
public readonly partial struct Header
{
    [Field(0)] public partial uint Magic { get; }
    [Field(4)] public partial ushort Count { get; }
    [Field(6)] public partial byte Version { get; }
}

/// <summary>Little-endian values nested in a big-endian record, and the other way round.</summary>
[Record(Size = 4, ByteOrder = ByteOrder.BigEndian)]
public readonly partial struct BigPair
{
    [Field(0)] public partial ushort High { get; set; }
    [Field(2, ByteOrder = ByteOrder.LittleEndian)] public partial ushort Low { get; set; }
}

[Record(Size = 33, Stride = 36, ByteOrder = ByteOrder.BigEndian)]
public readonly partial struct BigEndianRecord
{
    [Field(0)] public partial uint Magic { get; set; }
    [Field(4)] public partial LongKind Epoch { get; set; }
    [Field(12)] public partial double Scale { get; set; }
    [Field(20, ByteOrder = ByteOrder.LittleEndian)] public partial int LittleInt { get; set; }
    [Field(24)] public partial Half Ratio { get; set; }
    [Field(26)] public partial Color Tint { get; }
    [Field(32)] public partial sbyte Sign { get; set; }
}

[Record(Size = 4)]
public readonly partial struct LittleWithBig
{
    [Field(0)] public partial BigPair Pair { get; set; }
}

/// <summary>Three levels of nesting at odd offsets: Mesh → Vertex → Vector.</summary>
[Record(Size = 45, Stride = 47)]
public readonly partial struct Mesh
{
    [Field(1)] public partial byte Id { get; set; }
    [Field(3)] public partial Vertex First { get; set; }
    [Field(21)] public partial Vertex Second { get; }
    [Field(39)] public partial Color Background { get; set; }
}

/// <summary>Two floating-point fields, a half, and gaps (bytes 4, 13 and 16–17 are padding).</summary>
[Record(Size = 16, Stride = 18)]
public readonly partial struct Sample
{
    [Field(0)] public partial float Narrow { get; }
    [Field(5)] public partial double Wide { get; }
    [Field(14)] public partial Half Half { get; }
}

/// <summary>Fields named like the members the generator writes.</summary>
[Record(Size = 12)]
public readonly partial struct Awkward
{
    [Field(0)] public partial int other { get; }
    [Field(4)] public partial int hash { get; }
    [Field(8)] public partial int Size { get; }
}

/// <summary>A mutable (not readonly) struct record.</summary>
[Record(Size = 10, Stride = 11)]
public partial struct Cursor
{
    [Field(1)] public partial double Position { get; set; }
    [Field(9)] public partial ByteKind Kind { get; private set; }

    public void Reset() => Kind = ByteKind.Zero;
}
