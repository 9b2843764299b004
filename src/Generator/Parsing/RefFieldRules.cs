using Microsoft.CodeAnalysis;

namespace MmapRecords.Generator.Parsing;

/// <summary>
/// The rules for fields that return a reference into the mapping (<c>ref T</c>, <c>ref readonly T</c>), as pure
/// functions: which types may be returned by reference, and which offsets and strides keep the reference aligned.
/// </summary>
internal static class RefFieldRules
{
    /// <summary>
    /// Why a field of this type cannot be returned by reference, or <see langword="null"/> when it can: a reference
    /// is for <c>Interlocked</c> and <c>Volatile</c>, which take one integer or floating-point value in the
    /// machine's byte order.
    /// </summary>
    /// <param name="type">The property's type.</param>
    /// <param name="isSingle">Whether the field is one value (not an array or a span).</param>
    /// <param name="isBigEndian">Whether the field is stored big-endian.</param>
    /// <returns>The reason, worded to follow "which".</returns>
    public static string? TypeProblem(ITypeSymbol type, bool isSingle, bool isBigEndian)
    {
        if (type.SpecialType == SpecialType.System_String)
        {
            return "is a string: a reference gives one value, and strings are read by copying their bytes";
        }

        if (!isSingle)
        {
            return "is an array: declare ReadOnlySpan<T> or Span<T> to see the elements in place, or one ref field per element";
        }

        if (!IsRefType(type.SpecialType))
        {
            return "Interlocked and Volatile cannot take: a ref field is an integer (sbyte to ulong), float or double";
        }

        if (isBigEndian)
        {
            return "is big-endian, but a reference sees the bytes in the machine's byte order (little-endian); a value shared between processes of one machine needs no byte order, so remove ByteOrder.BigEndian (or declare a plain property)";
        }

        return null;
    }

    /// <summary>Whether <paramref name="type"/> may be returned by reference.</summary>
    public static bool IsRefType(SpecialType type) => type is
        SpecialType.System_SByte or SpecialType.System_Byte
        or SpecialType.System_Int16 or SpecialType.System_UInt16
        or SpecialType.System_Int32 or SpecialType.System_UInt32
        or SpecialType.System_Int64 or SpecialType.System_UInt64
        or SpecialType.System_Single or SpecialType.System_Double;

    /// <summary>Whether an offset (or a stride) keeps a value of <paramref name="alignment"/> bytes aligned.</summary>
    public static bool IsAligned(long offset, int alignment) => alignment <= 1 || offset % alignment == 0;

    /// <summary>The nearest multiple of <paramref name="alignment"/> at or above <paramref name="value"/>, for messages.</summary>
    public static long AlignUp(long value, int alignment) => (value + alignment - 1) / alignment * alignment;
}
