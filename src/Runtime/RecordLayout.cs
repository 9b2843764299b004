using System;
using System.Runtime.CompilerServices;
using MmapRecords.CompilerServices;

namespace MmapRecords;

/// <summary>
/// The one place that knows how records are laid out in a table (the last record needs <c>Size</c> bytes, not the
/// stride) and how a record is made at an address (with the view's byte order for a <see cref="ByteOrder.Variable"/> record).
/// </summary>
/// <remarks>
/// Overflow: <see cref="CountIn(long, int, int)"/> only divides, so any non-negative byte count is safe. Every other
/// multiplication of a count or index by a stride in the runtime happens only after the count or index was
/// checked against a <see cref="CountIn(long, int, int)"/> result, so the product is at most the mapping's length.
/// Numbers for messages, which may come straight from a caller, are computed in <see cref="Int128"/>.
/// </remarks>
internal static class RecordLayout
{
    /// <summary>How many records of <typeparamref name="T"/> fit in <paramref name="bytes"/> bytes at the type's own stride.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long CountIn<T>(long bytes) where T : struct, IRecord<T> => CountIn(bytes, T.Size, T.Stride);

    /// <summary>How many records of <paramref name="size"/> bytes, <paramref name="stride"/> bytes apart, fit in <paramref name="bytes"/> bytes; a remainder shorter than <paramref name="size"/> is not a record.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long CountIn(long bytes, int size, int stride) =>
        bytes < size ? 0 : ((bytes - size) / stride) + 1;

    /// <summary>How many bytes <paramref name="count"/> records span, from the first byte of the first to the last byte of the last.</summary>
    /// <remarks>Only called with counts already checked against <see cref="CountIn(long, int, int)"/>, so it cannot overflow.</remarks>
    public static long BytesFor(long count, int size, int stride) =>
        count == 0 ? 0 : ((count - 1) * stride) + size;

    /// <summary>How many bytes any non-negative <paramref name="count"/> of records would span, without overflow (for messages).</summary>
    public static Int128 BytesNeeded(long count, int size, int stride) =>
        count <= 0 ? 0 : (((Int128)count - 1) * stride) + size;

    /// <summary>
    /// Makes the record at <paramref name="address"/>: a <see cref="ByteOrder.Variable"/> record with the order given,
    /// any other with its own. <c>T.HasVariableByteOrder</c> is a constant for each record type, so the JIT keeps one
    /// branch and a fixed-order record costs what it did before.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Make<T>(RecordSource source, nint address, bool bigEndian) where T : struct, IRecord<T> =>
        T.HasVariableByteOrder ? T.Create(source, address, bigEndian) : T.Create(source, address);

    /// <summary>How a record type is named in messages: <c>Vertex (18 bytes, stride 20)</c>.</summary>
    public static string Describe<T>() where T : struct, IRecord<T> => Describe<T>(T.Stride);

    /// <summary>How a record type at a view's <paramref name="stride"/> is named in messages.</summary>
    public static string Describe<T>(int stride) where T : struct, IRecord<T> =>
        stride == T.Size
            ? $"{typeof(T).Name} ({ThrowHelper.Bytes(T.Size)})"
            : $"{typeof(T).Name} ({ThrowHelper.Bytes(T.Size)}, stride {stride})";

    /// <summary>The name of a byte order in messages.</summary>
    public static string Name(bool bigEndian) => bigEndian ? "big-endian" : "little-endian";
}
