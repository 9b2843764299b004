using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace MmapRecords.CompilerServices;

/// <summary>
/// Reads, writes, formats and compares fixed-array fields: <c>ReadOnlySpan&lt;T&gt;</c> / <c>Span&lt;T&gt;</c> over the
/// mapped bytes (zero copy, the machine's byte order) and <c>T[]</c> (a new array per read, any byte order, records).
/// </summary>
/// <remarks>
/// Used by generated code; not meant to be used directly. Spans are made over memory that may not be aligned for
/// the element type: x86, x64 and arm64 load such values correctly (the JIT emits plain loads, which these
/// processors allow unaligned), so a span of a multi-byte type over an unaligned address is refused only on other
/// processors, where an unaligned load may fault.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static unsafe class RecordArrays
{
    // A JIT-time constant after tiering: true on the processors that load unaligned values without faulting.
    private static readonly bool UnalignedLoadsAreSafe =
        RuntimeInformation.ProcessArchitecture is Architecture.X64 or Architecture.X86 or Architecture.Arm64;

    /// <summary>A read-only span of <paramref name="length"/> values over the bytes at <paramref name="address"/>, in the machine's byte order.</summary>
    /// <typeparam name="T">A primitive numeric type, <see cref="Half"/> or an enum.</typeparam>
    /// <param name="address">The field's first byte.</param>
    /// <param name="length">The number of elements.</param>
    /// <returns>A span over the mapped bytes.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ReadOnlySpan<T> AsReadOnlySpan<T>(nint address, int length) where T : unmanaged
    {
        CheckSpan<T>(address);
        return new ReadOnlySpan<T>((void*)address, length);
    }

    /// <summary>A writable span of <paramref name="length"/> values over the bytes at <paramref name="address"/>, in the machine's byte order.</summary>
    /// <typeparam name="T">A primitive numeric type, <see cref="Half"/> or an enum.</typeparam>
    /// <param name="address">The field's first byte (already checked writable).</param>
    /// <param name="length">The number of elements.</param>
    /// <returns>A span over the mapped bytes; writing to it writes the mapping.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Span<T> AsSpan<T>(nint address, int length) where T : unmanaged
    {
        CheckSpan<T>(address);
        return new Span<T>((void*)address, length);
    }

    /// <summary>Reads <paramref name="length"/> scalars into a new array.</summary>
    /// <typeparam name="T">A primitive numeric type, <see cref="Half"/> or an enum.</typeparam>
    /// <param name="address">The field's first byte.</param>
    /// <param name="length">The number of elements.</param>
    /// <param name="bigEndian">Whether the elements are stored big-endian.</param>
    /// <returns>A new array of the values.</returns>
    public static T[] Read<T>(nint address, int length, bool bigEndian) where T : unmanaged
    {
        var values = new T[length];
        new ReadOnlySpan<byte>((void*)address, length * sizeof(T)).CopyTo(MemoryMarshal.AsBytes(values.AsSpan()));
        if (bigEndian == BitConverter.IsLittleEndian && sizeof(T) > 1)
        {
            // Read each element again from the mapping, which cannot move (a pointer into the new array could:
            // the GC may relocate it between taking the pointer and reading through it).
            for (var i = 0; i < values.Length; i++)
            {
                var element = address + (i * sizeof(T));
                values[i] = bigEndian ? RecordAccess.ReadBigEndian<T>(element) : RecordAccess.ReadLittleEndian<T>(element);
            }
        }

        return values;
    }

    /// <summary>Writes every element of <paramref name="values"/>; the count must be exactly <paramref name="length"/>.</summary>
    /// <typeparam name="T">A primitive numeric type, <see cref="Half"/> or an enum.</typeparam>
    /// <param name="address">The field's first byte (already checked writable).</param>
    /// <param name="length">The number of elements.</param>
    /// <param name="values">The values to write.</param>
    /// <param name="bigEndian">Whether the elements are stored big-endian.</param>
    /// <param name="field">The field, as <c>Record.Field</c>, for messages.</param>
    /// <exception cref="ArgumentException"><paramref name="values"/> does not have <paramref name="length"/> elements.</exception>
    public static void Write<T>(nint address, int length, ReadOnlySpan<T> values, bool bigEndian, string field) where T : unmanaged
    {
        CheckLength(values.Length, length, field);
        if (bigEndian != BitConverter.IsLittleEndian || sizeof(T) == 1)
        {
            MemoryMarshal.AsBytes(values).CopyTo(new Span<byte>((void*)address, length * sizeof(T)));
            return;
        }

        for (var i = 0; i < values.Length; i++)
        {
            if (bigEndian)
            {
                RecordAccess.WriteBigEndian(address + (i * sizeof(T)), values[i]);
            }
            else
            {
                RecordAccess.WriteLittleEndian(address + (i * sizeof(T)), values[i]);
            }
        }
    }

    /// <summary>Reads <paramref name="length"/> one-byte booleans (any non-zero byte is <see langword="true"/>) into a new array.</summary>
    /// <param name="address">The field's first byte.</param>
    /// <param name="length">The number of elements.</param>
    /// <returns>A new array of the values.</returns>
    public static bool[] ReadBooleans(nint address, int length)
    {
        var values = new bool[length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = RecordAccess.ReadBoolean(address + i);
        }

        return values;
    }

    /// <summary>Writes every element of <paramref name="values"/> as 1 or 0; the count must be exactly <paramref name="length"/>.</summary>
    /// <param name="address">The field's first byte (already checked writable).</param>
    /// <param name="length">The number of elements.</param>
    /// <param name="values">The values to write.</param>
    /// <param name="field">The field, as <c>Record.Field</c>, for messages.</param>
    /// <exception cref="ArgumentException"><paramref name="values"/> does not have <paramref name="length"/> elements.</exception>
    public static void WriteBooleans(nint address, int length, ReadOnlySpan<bool> values, string field)
    {
        CheckLength(values.Length, length, field);
        for (var i = 0; i < values.Length; i++)
        {
            RecordAccess.WriteBoolean(address + i, values[i]);
        }
    }

    /// <summary>Makes a new array of <paramref name="length"/> nested records, one every <c>Stride</c> bytes, viewing the parent's bytes.</summary>
    /// <typeparam name="T">The nested record type.</typeparam>
    /// <param name="source">The parent's memory.</param>
    /// <param name="address">The field's first byte.</param>
    /// <param name="length">The number of elements.</param>
    /// <returns>A new array of records over the parent's bytes.</returns>
    public static T[] ReadRecords<T>(RecordSource? source, nint address, int length) where T : struct, IRecord<T> =>
        ReadRecords<T>(source, address, length, bigEndian: false);

    /// <summary>Makes an array of <paramref name="length"/> nested records; <see cref="ByteOrder.Variable"/> ones take the parent's order.</summary>
    /// <typeparam name="T">The nested record type.</typeparam>
    /// <param name="source">The parent's memory.</param>
    /// <param name="address">The field's first byte.</param>
    /// <param name="length">The number of elements.</param>
    /// <param name="bigEndian">The parent's order, for a <see cref="ByteOrder.Variable"/> element type.</param>
    /// <returns>A new array of records over the parent's bytes.</returns>
    public static T[] ReadRecords<T>(RecordSource? source, nint address, int length, bool bigEndian) where T : struct, IRecord<T>
    {
        var values = new T[length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = RecordLayout.Make<T>(source!, address + (i * (nint)T.Stride), bigEndian);
        }

        return values;
    }

    /// <summary>Copies the bytes of every record of <paramref name="values"/>; the count must be exactly <paramref name="length"/>.</summary>
    /// <typeparam name="T">The nested record type.</typeparam>
    /// <param name="address">The field's first byte (already checked writable).</param>
    /// <param name="length">The number of elements.</param>
    /// <param name="values">The records whose bytes to copy.</param>
    /// <param name="field">The field, as <c>Record.Field</c>, for messages.</param>
    /// <exception cref="ArgumentException"><paramref name="values"/> does not have <paramref name="length"/> elements.</exception>
    public static void WriteRecords<T>(nint address, int length, ReadOnlySpan<T> values, string field) where T : struct, IRecord<T>
    {
        CheckLength(values.Length, length, field);
        if (length == 0)
        {
            return;
        }

        // The elements may be views of this very field (a reordered read of it): gather every element's bytes
        // first, keeping the gap bytes between elements, then write them all at once. A default or disposed
        // element throws before anything is written.
        var total = ((length - 1) * T.Stride) + T.Size;
        var destination = new Span<byte>((void*)address, total);
        var buffer = destination.ToArray();
        for (var i = 0; i < values.Length; i++)
        {
            RecordAccess.GetBytes(values[i]).CopyTo(buffer.AsSpan(i * T.Stride));
        }

        buffer.CopyTo(destination);
    }

    /// <summary>Formats elements as <c>[1, 2, 3]</c> with the invariant culture.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="values">The elements.</param>
    /// <returns>The elements in brackets, separated by commas.</returns>
    public static string Format<T>(ReadOnlySpan<T> values)
    {
        var builder = new StringBuilder("[");
        for (var i = 0; i < values.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            builder.Append(FormatElement(values[i]));
        }

        return builder.Append(']').ToString();
    }

    // Enums ignore the format provider for values without a name (a U+2212 minus sign in sv-SE, say).
    private static string? FormatElement<T>(T value) =>
        value is Enum ? RecordAccess.FormatEnumValue(value)
        : value is IFormattable formattable ? formattable.ToString(null, CultureInfo.InvariantCulture)
        : value?.ToString();

    /// <summary>Formats the records of a table field as <c>[Entry { ... }, Entry { ... }]</c>.</summary>
    /// <typeparam name="T">The element record type.</typeparam>
    /// <param name="table">The table.</param>
    /// <returns>The records in brackets, separated by commas.</returns>
    public static string FormatTable<T>(RecordView<T> table) where T : struct, IRecord<T>
    {
        var builder = new StringBuilder("[");
        var first = true;
        foreach (var record in table)
        {
            builder.Append(first ? string.Empty : ", ").Append(record.ToString());
            first = false;
        }

        return builder.Append(']').ToString();
    }

    /// <summary>Whether two table fields hold records with equal field values, in the same number.</summary>
    /// <typeparam name="T">The element record type.</typeparam>
    /// <param name="left">The first table.</param>
    /// <param name="right">The second table.</param>
    /// <returns><see langword="true"/> when both have the same count and equal records.</returns>
    public static bool TableEqual<T>(RecordView<T> left, RecordView<T> right) where T : struct, IRecord<T>
    {
        if (left.Count != right.Count)
        {
            return false;
        }

        for (long i = 0; i < left.Count; i++)
        {
            if (!EqualityComparer<T>.Default.Equals(left[i], right[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Adds every record of a table field to a hash.</summary>
    /// <typeparam name="T">The element record type.</typeparam>
    /// <param name="hash">The hash to add to.</param>
    /// <param name="table">The table.</param>
    public static void AddTableToHash<T>(ref HashCode hash, RecordView<T> table) where T : struct, IRecord<T>
    {
        foreach (var record in table)
        {
            hash.Add(record);
        }
    }

    /// <summary>Whether two arrays have equal elements, compared as <see cref="EqualityComparer{T}.Default"/> does.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="left">The first elements.</param>
    /// <param name="right">The second elements.</param>
    /// <returns><see langword="true"/> when both have the same length and equal elements.</returns>
    public static bool SequenceEqual<T>(ReadOnlySpan<T> left, ReadOnlySpan<T> right)
    {
        if (left.Length != right.Length)
        {
            return false;
        }

        for (var i = 0; i < left.Length; i++)
        {
            if (!EqualityComparer<T>.Default.Equals(left[i], right[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Adds every element to <paramref name="hash"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="hash">The hash being built.</param>
    /// <param name="values">The elements.</param>
    public static void AddToHash<T>(ref HashCode hash, ReadOnlySpan<T> values)
    {
        foreach (var value in values)
        {
            hash.Add(value);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void CheckSpan<T>(nint address) where T : unmanaged
    {
        if (sizeof(T) > 1 && (!BitConverter.IsLittleEndian || (!UnalignedLoadsAreSafe && address % sizeof(T) != 0)))
        {
            ThrowHelper.ThrowSpanNotSupported(typeof(T).Name, address % sizeof(T) != 0);
        }
    }

    private static void CheckLength(int actual, int length, string field)
    {
        if (actual != length)
        {
            ThrowHelper.ThrowWrongArrayLength(field, length, actual);
        }
    }
}
