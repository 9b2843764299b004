namespace MmapRecords.Tests.Oracles;

// Plain C# record structs with the same names and members as the generated records: what the compiler writes for
// equality and ToString is the oracle the generated records must agree with.

public readonly record struct AllTypes(
    byte U8, sbyte I8, short I16, ushort U16, int I32, uint U32, long I64, ulong U64, float F32, double F64, Half F16, bool Flag,
    ByteKind E8, SByteKind ES8, ShortKind E16, UShortKind EU16, IntKind E32, UIntKind EU32, LongKind E64, ULongKind EU64);

public readonly record struct Vector(float X, float Y, float Z);

public readonly record struct Color(ushort Red, ushort Green, ushort Blue);

public readonly record struct Vertex(Vector Position, Color Color);

public readonly record struct Sample(float Narrow, double Wide, Half Half);
