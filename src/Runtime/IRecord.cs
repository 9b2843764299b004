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

    /// <summary>The memory the record's bytes belong to; <see langword="null"/> for <c>default(TSelf)</c>.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    RecordSource? Source { get; }

    /// <summary>The address of the record's first byte.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    nint Address { get; }
}
