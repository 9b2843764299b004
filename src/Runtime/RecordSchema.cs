using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using MmapRecords.Schema;

namespace MmapRecords;

/// <summary>
/// A record's layout as a value: its size, stride, byte order and fields, as the generator read them from the
/// <see cref="RecordAttribute"/> and <see cref="FieldAttribute"/>s. Export it to other tools instead of typing the
/// layout again: <see cref="ToNumpyDtype()"/> for numpy, <see cref="ToString"/> for a <c>pahole</c>-style table.
/// </summary>
/// <example>
/// <code>
/// var schema = RecordSchema.Of&lt;Vertex&gt;();
/// Console.WriteLine(schema);                  // struct Vertex { ... offsets, widths, holes, padding ... };
/// File.WriteAllText("vertex.dtype", schema.ToNumpyDtype());
/// // Python: numpy.memmap("colors.bin", dtype=numpy.dtype(ast.literal_eval(open("vertex.dtype").read())))
/// </code>
/// </example>
public sealed class RecordSchema
{
    private readonly IReadOnlyList<FieldSchema> _fields = [];

    /// <summary>The schema of the record type <typeparamref name="T"/>, written by the generator as constant data (no reflection).</summary>
    /// <typeparam name="T">A <see cref="RecordAttribute"/> struct.</typeparam>
    /// <returns>The same instance on every call for the same <typeparamref name="T"/>.</returns>
    public static RecordSchema Of<T>() where T : struct, IRecord<T> => Cache<T>.Schema;

    /// <summary>The record's type name, without namespace (<c>Vertex</c>).</summary>
    public required string Name { get; init; }

    /// <summary>The number of bytes of data in one record.</summary>
    public required int Size { get; init; }

    /// <summary>The distance in bytes between the starts of two consecutive records in a table (at least <see cref="Size"/>).</summary>
    public required int Stride { get; init; }

    /// <summary>
    /// The record's byte order: <see cref="ByteOrder.LittleEndian"/>, <see cref="ByteOrder.BigEndian"/>, or
    /// <see cref="ByteOrder.Variable"/> when it is chosen where the record is read; never <see cref="ByteOrder.Default"/>.
    /// </summary>
    public required ByteOrder ByteOrder { get; init; }

    /// <summary>The fields in declaration order.</summary>
    public required IReadOnlyList<FieldSchema> Fields
    {
        get => _fields;
        init => _fields = new ReadOnlyCollection<FieldSchema>([.. value ?? throw new ArgumentNullException(nameof(value))]);
    }

    /// <summary>
    /// A numpy structured dtype for a table of these records, as a Python literal that
    /// <c>numpy.dtype(ast.literal_eval(text))</c> accepts: <c>names</c>, <c>formats</c>, <c>offsets</c> and
    /// <c>itemsize</c> = <see cref="Stride"/>, so that <c>numpy.memmap(path, dtype)</c> reads the same values as
    /// <see cref="MappedFile.View{T}()"/>.
    /// </summary>
    /// <returns>A Python dict literal on one line.</returns>
    /// <remarks>
    /// Scalars get a byte-order prefix (<c>'&gt;u4'</c>), enums their underlying integer type, <see cref="bool"/>
    /// <c>'?'</c>, 8-bit strings <c>'S<i>n</i>'</c> (numpy keeps the bytes after the first NUL, which the library
    /// drops), arrays <c>(format, (n,))</c>, nested records nested dicts. What numpy cannot name is raw bytes,
    /// <c>'V<i>n</i>'</c>.
    /// </remarks>
    public string ToNumpyDtype() => NumpyDtype.Write(this);

    /// <summary>
    /// A numpy structured dtype for a table of these records read in <paramref name="byteOrder"/>: for records whose byte order is
    /// chosen where the file is read. See <see cref="ToNumpyDtype()"/>.
    /// </summary>
    /// <param name="byteOrder"><see cref="ByteOrder.LittleEndian"/> or <see cref="ByteOrder.BigEndian"/>.</param>
    /// <returns>A Python dict literal on one line.</returns>
    /// <exception cref="ArgumentException">The record has a fixed byte order (call <see cref="ToNumpyDtype()"/>), or <paramref name="byteOrder"/> is not one of the two orders.</exception>
    public string ToNumpyDtype(ByteOrder byteOrder) => NumpyDtype.Write(this, byteOrder);

    /// <summary>
    /// The layout as a table in the style of <c>pahole</c>: one line per field with its type, name, offset and width
    /// (offsets from the start of this record, nested records indented), every gap between fields shown as a hole,
    /// the padding up to <see cref="Stride"/>, and a summary.
    /// </summary>
    /// <returns>A multi-line table ending with <c>};</c>.</returns>
    public override string ToString() => SchemaTable.Write(this);

    private static class Cache<T> where T : struct, IRecord<T>
    {
        public static readonly RecordSchema Schema = T.CreateSchema();
    }
}
