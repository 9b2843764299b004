using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.IO;

namespace MmapRecords;

/// <summary>Every exception the runtime throws is built here, so that messages stay consistent and the hot paths stay small.</summary>
internal static class ThrowHelper
{
    [DoesNotReturn]
    public static void ThrowDisposed(string name) => throw Disposed(name);

    private static ObjectDisposedException Disposed(string name) =>
        new(nameof(MappedFile), $"The mapping of '{name}' has been disposed; records and views of it can no longer be used. Copy a record out with Detach() to keep it.");

    [DoesNotReturn]
    public static void ThrowDefaultRecord(string recordType) =>
        throw new InvalidOperationException($"This {recordType} is a default value (or an enumerator's Current before MoveNext): it points into no file. Records come from a MappedFile (View<T>, Read<T>) or from Detach().");

    // Why a setter may not write: the file was disposed (that wins) or it is mapped read-only.
    [DoesNotReturn]
    public static void ThrowNotWritable(CompilerServices.RecordSource source, string recordType) =>
        throw (source.IsDisposed ? Disposed(source.Name) : ReadOnly(source.Name, recordType));

    private static InvalidOperationException ReadOnly(string name, string recordType) =>
        new($"Cannot write a {recordType}: '{name}' is mapped read-only. Open it with MapAccess.ReadWrite or MapAccess.CopyOnWrite to write.");

    [DoesNotReturn]
    public static void ThrowBytesReadOnly(string name) =>
        throw new InvalidOperationException($"Cannot write the bytes of '{name}': it is mapped read-only. Open it with MapAccess.ReadWrite or MapAccess.CopyOnWrite to write, or call Bytes for read-only bytes.");

    [DoesNotReturn]
    public static void ThrowOutOfRange(string paramName, string message) =>
        throw new ArgumentOutOfRangeException(paramName, message);

    [DoesNotReturn]
    public static void ThrowStringTooLong(string field, string value, int needed, string encoding, int length) =>
        throw new ArgumentException($"Cannot store \"{value}\" in {field}: it needs {Bytes(needed)} in {encoding} but the field holds {Bytes(length)}. Strings are never truncated; shorten the value.", nameof(value));

    [DoesNotReturn]
    public static void ThrowStringHasNul(string field, string value) =>
        throw new ArgumentException($"Cannot store a string with a NUL character (at index {value.IndexOf('\0', StringComparison.Ordinal)}) in {field}: the value ends at the first NUL byte, so it would read back cut short.", nameof(value));

    [DoesNotReturn]
    public static void ThrowStringNotEncodable(string field, string value, string encoding, Exception inner) =>
        throw new ArgumentException($"Cannot store \"{value}\" in {field}: it has a character that {encoding} cannot represent. {inner.Message}", nameof(value), inner);

    [DoesNotReturn]
    public static void ThrowWrongArrayLength(string field, int length, int actual) =>
        throw new ArgumentException($"{field} holds exactly {length} elements; got {actual}. A setter writes every element, so the count must match.");

    [DoesNotReturn]
    public static void ThrowSpanNotSupported(string elementType, bool unaligned) =>
        throw new PlatformNotSupportedException(unaligned
            ? $"A span of {elementType} over an unaligned address cannot be read safely on {System.Runtime.InteropServices.RuntimeInformation.ProcessArchitecture}; declare the field as {elementType}[]."
            : $"A span of {elementType} views the file's little-endian bytes, which this big-endian machine would misread; declare the field as {elementType}[] with a ByteOrder.");

    [DoesNotReturn]
    public static void ThrowTruncated(string name, long mappedEnd, long fileLength) =>
        throw new IOException($"'{name}' is now {Bytes(fileLength)} long, shorter than its mapping, which reaches byte {mappedEnd.ToString("N0", CultureInfo.InvariantCulture)}: another process truncated it. Reading the lost pages would kill the process (SIGBUS); dispose this MappedFile and open the file again.");

    [DoesNotReturn]
    public static void ThrowNotRegularFile(string name) =>
        throw new IOException($"Cannot map '{name}': it is not a regular file (a pipe, socket or character device has no length to map).");

    // Its IL is only "make the exception, throw it" (the message is built in another method), so the JIT sees
    // that a call to it does not return: the indexer's range check is then a compare and a cold branch, and
    // the caller's loop keeps its variables in registers. A disposed file wins over a bad index, so every use
    // after Dispose is an ObjectDisposedException.
    [DoesNotReturn]
    public static void ThrowIndexOutOfRange<T>(long index, long count, int stride, CompilerServices.RecordSource? source) where T : struct, IRecord<T> =>
        throw IndexOutOfRange<T>(index, count, stride, source);

    private static Exception IndexOutOfRange<T>(long index, long count, int stride, CompilerServices.RecordSource? source) where T : struct, IRecord<T> =>
        source is { IsDisposed: true }
            ? Disposed(source.Name)
            : new ArgumentOutOfRangeException(
                nameof(index),
                $"Index {index} is outside a view of {count} {typeof(T).Name} records of '{source?.Name ?? "no file"}' ({RecordLayout.Describe<T>(stride)}, {Bytes(RecordLayout.BytesFor(count, T.Size, stride))}); {(count == 0 ? "the view is empty" : $"valid indexes are 0 to {count - 1}")}.");

    [DoesNotReturn]
    public static void ThrowOrderNeeded<T>(string overload) where T : struct, IRecord<T> =>
        throw new ArgumentException($"{typeof(T).Name} is a ByteOrder.Variable record: its byte order is chosen where it is read, and this call gives none. Call {overload.Replace("T>", typeof(T).Name + ">", StringComparison.Ordinal)} with ByteOrder.LittleEndian or ByteOrder.BigEndian (read from the file's magic number, say).", "T");

    [DoesNotReturn]
    public static void ThrowOrderNotAllowed<T>(string overload, string paramName) where T : struct, IRecord<T> =>
        throw new ArgumentException($"{typeof(T).Name} has a byte order fixed by its declaration, so it takes none where it is read. Call {overload.Replace("T>", typeof(T).Name + ">", StringComparison.Ordinal)}, or declare the record [Record(ByteOrder = ByteOrder.Variable)] to choose the order at run time.", paramName);

    [DoesNotReturn]
    public static void ThrowBadOrder<T>(ByteOrder byteOrder, string paramName) where T : struct, IRecord<T> =>
        throw new ArgumentException($"Records of {typeof(T).Name} are read in ByteOrder.LittleEndian or ByteOrder.BigEndian; got ByteOrder.{byteOrder}.", paramName);

    public static string Bytes(long count) => Bytes((Int128)count);

    public static string Bytes(Int128 count) =>
        count == 1 ? "1 byte" : count.ToString("N0", CultureInfo.InvariantCulture) + " bytes";
}
