using System;
using System.Runtime.CompilerServices;

namespace MmapRecords;

/// <summary>The one place that knows how records are laid out in a table: the last record needs <c>Size</c> bytes, not <c>Stride</c>.</summary>
/// <remarks>
/// Overflow: <see cref="CountIn{T}(long)"/> only divides, so any non-negative byte count is safe. Every other
/// multiplication of a count or index by <c>Stride</c> in the runtime happens only after the count or index was
/// checked against a <see cref="CountIn{T}(long)"/> result, so the product is at most the mapping's length.
/// Numbers for messages, which may come straight from a caller, are computed in <see cref="Int128"/>.
/// </remarks>
internal static class RecordLayout
{
    /// <summary>How many records of <typeparamref name="T"/> fit in <paramref name="bytes"/> bytes; a remainder shorter than <c>Size</c> is not a record.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long CountIn<T>(long bytes) where T : struct, IRecord<T> =>
        bytes < T.Size ? 0 : ((bytes - T.Size) / T.Stride) + 1;

    /// <summary>How many bytes <paramref name="count"/> records of <typeparamref name="T"/> span, from the first byte of the first to the last byte of the last.</summary>
    /// <remarks>Only called with counts already checked against <see cref="CountIn{T}(long)"/>, so it cannot overflow.</remarks>
    public static long BytesFor<T>(long count) where T : struct, IRecord<T> =>
        count == 0 ? 0 : ((count - 1) * T.Stride) + T.Size;

    /// <summary>How many bytes any non-negative <paramref name="count"/> of records would span, without overflow (for messages).</summary>
    public static Int128 BytesNeeded<T>(long count) where T : struct, IRecord<T> =>
        count <= 0 ? 0 : (((Int128)count - 1) * T.Stride) + T.Size;

    /// <summary>How a record type is named in messages: <c>Vertex (18 bytes, stride 20)</c>.</summary>
    public static string Describe<T>() where T : struct, IRecord<T> =>
        T.Stride == T.Size
            ? $"{typeof(T).Name} ({ThrowHelper.Bytes(T.Size)})"
            : $"{typeof(T).Name} ({ThrowHelper.Bytes(T.Size)}, stride {T.Stride})";
}
