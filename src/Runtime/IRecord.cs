using System.ComponentModel;
using MmapRecords.CompilerServices;

namespace MmapRecords;

/// <summary>
/// What the MmapRecords generator implements on every <see cref="RecordAttribute"/> struct: its layout
/// and how to make one over an address. Users never implement it by hand; the generator implements it
/// explicitly, so a record may have fields named <c>Size</c>, <c>Stride</c> or anything else.
/// </summary>
/// <typeparam name="TSelf">The record type itself.</typeparam>
public interface IRecord<TSelf> where TSelf : struct, IRecord<TSelf>
{
    /// <summary>The number of bytes of data in one record.</summary>
    static abstract int Size { get; }

    /// <summary>The distance in bytes between the starts of two consecutive records in a table.</summary>
    static abstract int Stride { get; }

    /// <summary>
    /// The alignment, in bytes, that a record's first byte must have: the largest <c>sizeof(T)</c> of its <c>ref</c>
    /// fields (and of the <c>ref</c> fields of records nested in it), or 1 for a record without any. <see cref="MappedFile"/>
    /// checks it where views and records are made (<c>Interlocked</c> and <c>Volatile</c> need aligned values); records
    /// without <c>ref</c> fields keep this default, and the check costs them nothing.
    /// </summary>
    static virtual int Alignment => 1;

    /// <summary>Makes a record over the <see cref="RecordAttribute.Size"/> bytes at <paramref name="address"/>, which belong to <paramref name="source"/>.</summary>
    /// <param name="source">The memory the bytes belong to.</param>
    /// <param name="address">The address of the record's first byte.</param>
    /// <returns>A record reading from and writing to <paramref name="address"/>.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    static abstract TSelf Create(RecordSource source, nint address);

    /// <summary>Builds the record's layout as a value; call <see cref="RecordSchema.Of{T}"/>, which builds it once.</summary>
    /// <returns>A new schema, from constants the generator wrote.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    static abstract RecordSchema CreateSchema();

    /// <summary>
    /// Whether the record is declared <see cref="ByteOrder.Variable"/>: it is then made with
    /// <see cref="Create(RecordSource, nint, bool)"/> and the byte order chosen where it is read. <see langword="false"/>
    /// unless the generator says otherwise, so records with a fixed order need no code for it; the runtime tests it
    /// on a type parameter, which the JIT folds to a constant.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    static virtual bool HasVariableByteOrder => false;

    /// <summary>Makes a <see cref="ByteOrder.Variable"/> record over the bytes at <paramref name="address"/>, reading them in the order given.</summary>
    /// <param name="source">The memory the bytes belong to.</param>
    /// <param name="address">The address of the record's first byte.</param>
    /// <param name="bigEndian">Whether the record's fields of the record's order are big-endian.</param>
    /// <returns>A record reading from and writing to <paramref name="address"/>; for a record with a fixed order, what <see cref="Create(RecordSource, nint)"/> makes.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    static virtual TSelf Create(RecordSource source, nint address, bool bigEndian) => TSelf.Create(source, address);

    /// <summary>The memory the record's bytes belong to; <see langword="null"/> for <c>default(TSelf)</c>.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    RecordSource? Source { get; }

    /// <summary>The address of the record's first byte.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    nint Address { get; }
}
