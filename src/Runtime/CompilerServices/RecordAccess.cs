using System;
using System.Buffers.Binary;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.Arm;
using System.Runtime.Intrinsics.X86;

namespace MmapRecords.CompilerServices;

/// <summary>
/// The reads, writes and checks that generated record accessors compile to. Every method is small and
/// aggressively inlined: a field read becomes one unaligned load (plus a byte swap for a byte order that
/// is not the machine's), with no virtual call, allocation or reference counting.
/// </summary>
/// <remarks>Used by generated code; not meant to be used directly.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static unsafe class RecordAccess
{
    /// <summary>Reads a little-endian scalar or enum at <paramref name="address"/> (no alignment assumed).</summary>
    /// <typeparam name="T">A primitive numeric type, <see cref="Half"/> or an enum.</typeparam>
    /// <param name="address">The address of the value's first byte.</param>
    /// <returns>The value.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T ReadLittleEndian<T>(nint address) where T : unmanaged
    {
        if (typeof(T) == typeof(float) && BitConverter.IsLittleEndian)
        {
            var single = ReadSingle(address);
            return Unsafe.As<float, T>(ref single);
        }

        var value = Unsafe.ReadUnaligned<T>((void*)address);
        return BitConverter.IsLittleEndian ? value : Reverse(value);
    }

    /// <summary>
    /// Reads a <see cref="float"/> with a load of its own. A plain load is folded into the instruction that uses
    /// it, and for the commonest use, widening to <see cref="double"/>, that is <c>vcvtss2sd xmm1, xmm1, [mem]</c>:
    /// it merges into the old upper bits of its destination, so each loop iteration waits for the previous one's
    /// arithmetic (a false dependency). A separate <c>vmovss</c> load writes the whole register and breaks the
    /// chain; on a 1 GB scan summing <c>(double)x + y + z</c> that halves the time.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static float ReadSingle(nint address) =>
        Vector128.CreateScalar(Unsafe.ReadUnaligned<float>((void*)address)).ToScalar();

    /// <summary>Reads a big-endian scalar or enum at <paramref name="address"/> (no alignment assumed).</summary>
    /// <typeparam name="T">A primitive numeric type, <see cref="Half"/> or an enum.</typeparam>
    /// <param name="address">The address of the value's first byte.</param>
    /// <returns>The value.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T ReadBigEndian<T>(nint address) where T : unmanaged
    {
        var value = Unsafe.ReadUnaligned<T>((void*)address);
        return BitConverter.IsLittleEndian ? Reverse(value) : value;
    }

    /// <summary>Writes a little-endian scalar or enum at <paramref name="address"/>.</summary>
    /// <typeparam name="T">A primitive numeric type, <see cref="Half"/> or an enum.</typeparam>
    /// <param name="address">The address of the value's first byte.</param>
    /// <param name="value">The value to write.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void WriteLittleEndian<T>(nint address, T value) where T : unmanaged =>
        Unsafe.WriteUnaligned((void*)address, BitConverter.IsLittleEndian ? value : Reverse(value));

    /// <summary>Writes a big-endian scalar or enum at <paramref name="address"/>.</summary>
    /// <typeparam name="T">A primitive numeric type, <see cref="Half"/> or an enum.</typeparam>
    /// <param name="address">The address of the value's first byte.</param>
    /// <param name="value">The value to write.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void WriteBigEndian<T>(nint address, T value) where T : unmanaged =>
        Unsafe.WriteUnaligned((void*)address, BitConverter.IsLittleEndian ? Reverse(value) : value);

    /// <summary>
    /// A reference to the <typeparamref name="T"/> at <paramref name="address"/>, in the machine's byte order: what a
    /// <c>ref</c> or <c>ref readonly</c> field returns, for <c>Interlocked</c> and <c>Volatile</c>. The generator made
    /// sure the field's offset and the record's stride are multiples of <c>sizeof(T)</c>, and <see cref="MappedFile"/>
    /// that the record's first byte is, so the reference is aligned.
    /// </summary>
    /// <typeparam name="T">An integer or floating-point type.</typeparam>
    /// <param name="address">The address of the value's first byte (already checked readable or writable).</param>
    /// <returns>A reference into the record's memory.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ref T RefAt<T>(nint address) where T : unmanaged => ref Unsafe.AsRef<T>((void*)address);
    /// <summary>Reads a scalar or enum in the byte order a <see cref="ByteOrder.Variable"/> record was made with.</summary>
    /// <typeparam name="T">A primitive numeric type, <see cref="char"/>, <see cref="Half"/> or an enum.</typeparam>
    /// <param name="address">The address of the value's first byte.</param>
    /// <param name="bigEndian">Whether the value is stored big-endian.</param>
    /// <returns>The value.</returns>
    /// <remarks>
    /// No branch on the order: the same instructions run for both orders, and only their operands depend on it. The
    /// order is the same for every record of a view, so in a loop over one those operands are loop invariants the JIT
    /// computes once, before the loop; each field then costs its load plus one shuffle (4 and 8 bytes) or a multiply
    /// and a shift (2 bytes). A branch per field (taken or not, the JIT does not move it out of the loop) cost a scan
    /// about twice the time of the same scan over a record with a fixed order.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Read<T>(nint address, bool bigEndian) where T : unmanaged
    {
        var p = (void*)address;
        if (sizeof(T) == sizeof(ushort))
        {
            // [b1 b0] times 0x10000 is [b1 b0 00 00], times 0x1000100 it is [b0 b1 b0 00] (b1 of the upper product
            // is shifted out): the upper 16 bits are the value, or the value swapped.
            uint bits = Unsafe.ReadUnaligned<ushort>(p);
            var value = (ushort)((bits * Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref MemoryMarshal.GetReference(OrderTable), MultipliersAt + (Swap(bigEndian) * sizeof(uint))))) >> 16);
            return Unsafe.As<ushort, T>(ref value);
        }

        if ((sizeof(T) == sizeof(uint) || sizeof(T) == sizeof(ulong)) && (Ssse3.IsSupported || AdvSimd.Arm64.IsSupported))
        {
            // The value's bytes in the low lane of a vector register, permuted by byte indexes 0, 1, 2, ... or
            // 3, 2, 1, 0 (7, 6, ..., 0), from the table. A float is loaded as a float and stays in its vector register
            // (as ReadSingle: a load of its own, so a widening to double does not wait on the register's old value).
            var bytes = sizeof(T) == sizeof(uint)
                ? Vector128.CreateScalar(Unsafe.ReadUnaligned<float>(p)).AsByte()
                : Vector128.CreateScalar(Unsafe.ReadUnaligned<double>(p)).AsByte();
            var indexes = Vector128.LoadUnsafe(ref MemoryMarshal.GetReference(OrderTable), (sizeof(T) == sizeof(uint) ? Indexes32At : Indexes64At) + (Swap(bigEndian) * 8));
            bytes = Ssse3.IsSupported ? Ssse3.Shuffle(bytes, indexes) : AdvSimd.Arm64.VectorTableLookup(bytes, indexes);
            if (typeof(T) == typeof(float))
            {
                var single = bytes.AsSingle().ToScalar();
                return Unsafe.As<float, T>(ref single);
            }

            if (typeof(T) == typeof(double))
            {
                var number = bytes.AsDouble().ToScalar();
                return Unsafe.As<double, T>(ref number);
            }

            if (sizeof(T) == sizeof(uint))
            {
                var word = bytes.AsUInt32().ToScalar();
                return Unsafe.As<uint, T>(ref word);
            }

            var wide = bytes.AsUInt64().ToScalar();
            return Unsafe.As<ulong, T>(ref wide);
        }

        var other = Unsafe.ReadUnaligned<T>(p);
        return Swap(bigEndian) != 0 ? Reverse(other) : other;
    }

    /// <summary>1 when bytes stored in the order given are in the other order than the machine's, else 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static nuint Swap(bool bigEndian) => (nuint)(Unsafe.BitCast<bool, byte>(bigEndian) ^ (BitConverter.IsLittleEndian ? 0 : 1));

    // What Read needs, for bytes in the machine's order and then for swapped bytes: the shuffle indexes of a 4-byte
    // value (8 bytes each: a 16-byte load at the second reads 8 bytes past them, which only move bytes Read does not
    // use), those of an 8-byte value, and the multipliers of a 2-byte value.
    private const uint Indexes32At = 0;
    private const uint Indexes64At = 24;
    private const uint MultipliersAt = 48;

    private static ReadOnlySpan<byte> OrderTable =>
    [
        0, 1, 2, 3, 4, 5, 6, 7, /* swapped: */ 3, 2, 1, 0, 4, 5, 6, 7, /* read past: */ 8, 9, 10, 11, 12, 13, 14, 15,
        0, 1, 2, 3, 4, 5, 6, 7, /* swapped: */ 7, 6, 5, 4, 3, 2, 1, 0, /* read past: */ 8, 9, 10, 11, 12, 13, 14, 15,
        0x00, 0x00, 0x01, 0x00, /* swapped: */ 0x00, 0x01, 0x00, 0x01,
    ];

    /// <summary>Writes a scalar or enum in the byte order a <see cref="ByteOrder.Variable"/> record was made with.</summary>
    /// <typeparam name="T">A primitive numeric type, <see cref="char"/>, <see cref="Half"/> or an enum.</typeparam>
    /// <param name="address">The address of the value's first byte.</param>
    /// <param name="value">The value to write.</param>
    /// <param name="bigEndian">Whether the value is stored big-endian.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Write<T>(nint address, T value, bool bigEndian) where T : unmanaged
    {
        if (bigEndian)
        {
            WriteBigEndian(address, value);
        }
        else
        {
            WriteLittleEndian(address, value);
        }
    }

    /// <summary>
    /// Reads a 16-byte <see cref="Guid"/>: little-endian is the layout <c>new Guid(ReadOnlySpan&lt;byte&gt;)</c> reads
    /// (Windows, GPT: the first three groups little-endian), big-endian is RFC 9562 network order.
    /// </summary>
    /// <param name="address">The address of the value's first byte.</param>
    /// <param name="bigEndian">Whether the value is stored in RFC 9562 order.</param>
    /// <returns>The value.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Guid ReadGuid(nint address, bool bigEndian) => new(new ReadOnlySpan<byte>((void*)address, 16), bigEndian);

    /// <summary>Writes a 16-byte <see cref="Guid"/> in the layout <see cref="ReadGuid(nint, bool)"/> reads.</summary>
    /// <param name="address">The address of the value's first byte.</param>
    /// <param name="value">The value to write.</param>
    /// <param name="bigEndian">Whether to store the value in RFC 9562 order.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void WriteGuid(nint address, Guid value, bool bigEndian) =>
        value.TryWriteBytes(new Span<byte>((void*)address, 16), bigEndian, out _);

    /// <summary>A table of <paramref name="count"/> nested records inside a parent, <c>Stride</c> of <typeparamref name="T"/> apart, zero copy.</summary>
    /// <typeparam name="T">The nested record type.</typeparam>
    /// <param name="source">The parent's memory.</param>
    /// <param name="address">The address of the first element's first byte.</param>
    /// <param name="count">The number of elements.</param>
    /// <param name="bigEndian">For a <see cref="ByteOrder.Variable"/> element type, the parent's order.</param>
    /// <returns>A view of the elements.</returns>
    /// <exception cref="InvalidOperationException">The parent is a default record (it points into no memory).</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static RecordView<T> Table<T>(RecordSource? source, nint address, int count, bool bigEndian) where T : struct, IRecord<T>
    {
        if (source is null)
        {
            ThrowHelper.ThrowDefaultRecord(typeof(T).Name);
        }

        return new RecordView<T>(source, address, count, T.Stride, bigEndian);
    }

    /// <summary>
    /// What a <see cref="ByteOrder.Variable"/> record's <c>IRecord.Create(source, address)</c> does: refuse, because a
    /// record made without an order would have to guess one.
    /// </summary>
    /// <typeparam name="T">The record type.</typeparam>
    /// <returns>Never returns.</returns>
    /// <exception cref="ArgumentException">Always.</exception>
    public static T OrderNeeded<T>() where T : struct, IRecord<T>
    {
        ThrowHelper.ThrowOrderNeeded<T>("View<T>(offset, count, byteOrder) or Read<T>(offset, byteOrder)");
        return default;
    }

    /// <summary>Reads a one-byte boolean: any non-zero byte is <see langword="true"/>.</summary>
    /// <param name="address">The address of the byte.</param>
    /// <returns>Whether the byte is non-zero.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool ReadBoolean(nint address) => *(byte*)address != 0;

    /// <summary>Writes a one-byte boolean as 1 or 0.</summary>
    /// <param name="address">The address of the byte.</param>
    /// <param name="value">The value to write.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void WriteBoolean(nint address, bool value) => *(byte*)address = value ? (byte)1 : (byte)0;

    /// <summary>Makes the nested record <typeparamref name="T"/> over bytes of its parent.</summary>
    /// <typeparam name="T">The nested record type.</typeparam>
    /// <param name="source">The parent's memory.</param>
    /// <param name="address">The address of the nested record's first byte.</param>
    /// <returns>A record viewing the parent's bytes.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Nested<T>(RecordSource? source, nint address) where T : struct, IRecord<T> =>
        T.Create(source!, address);

    /// <summary>Makes the nested <see cref="ByteOrder.Variable"/> record <typeparamref name="T"/> over bytes of its parent, in the parent's order.</summary>
    /// <typeparam name="T">The nested record type.</typeparam>
    /// <param name="source">The parent's memory.</param>
    /// <param name="address">The address of the nested record's first byte.</param>
    /// <param name="bigEndian">The parent's order.</param>
    /// <returns>A record viewing the parent's bytes.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Nested<T>(RecordSource? source, nint address, bool bigEndian) where T : struct, IRecord<T> =>
        RecordLayout.Make<T>(source!, address, bigEndian);

    /// <summary>Copies the bytes of <paramref name="value"/> over the nested record at <paramref name="address"/>.</summary>
    /// <typeparam name="T">The nested record type.</typeparam>
    /// <param name="address">The address of the nested record's first byte (already checked writable).</param>
    /// <param name="value">The record whose bytes to copy.</param>
    public static void WriteNested<T>(nint address, T value) where T : struct, IRecord<T>
    {
        EnsureReadable<T>(value.Source);
        Buffer.MemoryCopy((void*)value.Address, (void*)address, T.Size, T.Size);
    }

    /// <summary>
    /// Checks that a record's memory is still there: throws <see cref="ObjectDisposedException"/> after its
    /// <see cref="MappedFile"/> was disposed and <see cref="InvalidOperationException"/> for a default record.
    /// Generated code calls it on every access in builds with the <c>DEBUG</c> symbol (checked mode).
    /// </summary>
    /// <typeparam name="T">The record type, for messages.</typeparam>
    /// <param name="source">The record's memory.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void EnsureReadable<T>(RecordSource? source)
    {
        if (source is null)
        {
            ThrowHelper.ThrowDefaultRecord(typeof(T).Name);
        }

        source.ThrowIfDisposedForRecord();
    }

    /// <summary>
    /// Throws <see cref="InvalidOperationException"/> for a default record (one that points into no memory). Generated
    /// code of records over 32 KiB calls it in Release builds, where a default record's far fields would otherwise
    /// read past the unmapped first pages of the address space.
    /// </summary>
    /// <typeparam name="T">The record type, for messages.</typeparam>
    /// <param name="source">The record's memory.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void EnsureNotDefault<T>(RecordSource? source)
    {
        if (source is null)
        {
            ThrowHelper.ThrowDefaultRecord(typeof(T).Name);
        }
    }

    /// <summary>
    /// Checks that a record may be written: its memory is still there and writable. Generated setters call it
    /// in every build, so a setter on a read-only mapping throws <see cref="InvalidOperationException"/>
    /// instead of faulting.
    /// </summary>
    /// <typeparam name="T">The record type, for messages.</typeparam>
    /// <param name="source">The record's memory.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void EnsureWritable<T>(RecordSource? source)
    {
        if (source is null)
        {
            ThrowHelper.ThrowDefaultRecord(typeof(T).Name);
        }

        source.ThrowIfNotWritable<T>();
    }

    /// <summary>Copies a record's bytes into memory of its own, which stays valid after the mapping is gone.</summary>
    /// <typeparam name="T">The record type.</typeparam>
    /// <param name="record">The record to copy.</param>
    /// <returns>A record over a private, writable copy of the bytes.</returns>
    public static T Detach<T>(T record) where T : struct, IRecord<T> => Detach(record, bigEndian: false);

    /// <summary>Copies a <see cref="ByteOrder.Variable"/> record's bytes into memory of its own; the copy keeps the record's order.</summary>
    /// <typeparam name="T">The record type.</typeparam>
    /// <param name="record">The record to copy.</param>
    /// <param name="bigEndian">The record's order.</param>
    /// <returns>A record over a private, writable copy of the bytes, read in the same order.</returns>
    public static T Detach<T>(T record, bool bigEndian) where T : struct, IRecord<T>
    {
        EnsureReadable<T>(record.Source);
        var buffer = GC.AllocateUninitializedArray<byte>(T.Size, pinned: true);
        ref var first = ref MemoryMarshal.GetArrayDataReference(buffer);
        Unsafe.CopyBlockUnaligned(ref first, ref *(byte*)record.Address, (uint)T.Size);
        var address = (nint)Unsafe.AsPointer(ref first);
        var copy = RecordSource.ForCopy(buffer);
        copy.BaseAddress = address;
        return RecordLayout.Make<T>(copy, address, bigEndian);
    }

    /// <summary>The <see cref="RecordAttribute.Size"/> bytes of a record, read-only.</summary>
    /// <typeparam name="T">The record type.</typeparam>
    /// <param name="record">The record.</param>
    /// <returns>The record's bytes, valid as long as its memory is.</returns>
    public static ReadOnlySpan<byte> GetBytes<T>(T record) where T : struct, IRecord<T>
    {
        EnsureReadable<T>(record.Source);
        return new ReadOnlySpan<byte>((void*)record.Address, T.Size);
    }

    /// <summary>
    /// Formats an enum field for a record's <c>ToString()</c>: its name (or names) as <see cref="Enum.ToString()"/>
    /// gives them, and a value without a name as a number in the invariant culture, where
    /// <see cref="Enum.ToString()"/> would use the current culture's negative sign.
    /// </summary>
    /// <typeparam name="T">The enum type.</typeparam>
    /// <param name="value">The value to format.</param>
    /// <returns>The name(s) of the value, or its number.</returns>
    public static string FormatEnum<T>(T value) where T : struct, Enum => FormatEnumValue(value);

    /// <summary>What <see cref="FormatEnum{T}(T)"/> does, for an enum known only as a type parameter.</summary>
    internal static string FormatEnumValue<T>(T value)
    {
        var text = value!.ToString()!;
        if (text.Length == 0
            || !(char.IsAsciiDigit(text[0]) || text.StartsWith(System.Globalization.NumberFormatInfo.CurrentInfo.NegativeSign, StringComparison.Ordinal)))
        {
            return text;
        }

        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        return Type.GetTypeCode(typeof(T)) switch
        {
            TypeCode.SByte => Unsafe.As<T, sbyte>(ref value).ToString(invariant),
            TypeCode.Byte => Unsafe.As<T, byte>(ref value).ToString(invariant),
            TypeCode.Int16 => Unsafe.As<T, short>(ref value).ToString(invariant),
            TypeCode.UInt16 => Unsafe.As<T, ushort>(ref value).ToString(invariant),
            TypeCode.Int32 => Unsafe.As<T, int>(ref value).ToString(invariant),
            TypeCode.UInt32 => Unsafe.As<T, uint>(ref value).ToString(invariant),
            TypeCode.Int64 => Unsafe.As<T, long>(ref value).ToString(invariant),
            TypeCode.UInt64 => Unsafe.As<T, ulong>(ref value).ToString(invariant),
            _ => text,
        };
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static T Reverse<T>(T value) where T : unmanaged
    {
        if (sizeof(T) == sizeof(ushort))
        {
            var reversed = BinaryPrimitives.ReverseEndianness(Unsafe.As<T, ushort>(ref value));
            return Unsafe.As<ushort, T>(ref reversed);
        }

        if (sizeof(T) == sizeof(uint))
        {
            var reversed = BinaryPrimitives.ReverseEndianness(Unsafe.As<T, uint>(ref value));
            return Unsafe.As<uint, T>(ref reversed);
        }

        if (sizeof(T) == sizeof(ulong))
        {
            var reversed = BinaryPrimitives.ReverseEndianness(Unsafe.As<T, ulong>(ref value));
            return Unsafe.As<ulong, T>(ref reversed);
        }

        return value;
    }
}
