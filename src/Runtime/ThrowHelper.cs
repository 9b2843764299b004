using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace MmapRecords;

/// <summary>Every exception the runtime throws is built here, so that messages stay consistent and the hot paths stay small.</summary>
internal static class ThrowHelper
{
    [DoesNotReturn]
    public static void ThrowDisposed(string name) =>
        throw new ObjectDisposedException(nameof(MappedFile), $"The mapping of '{name}' has been disposed; records and views of it can no longer be used. Copy a record out with Detach() to keep it.");

    [DoesNotReturn]
    public static void ThrowDefaultRecord(string recordType) =>
        throw new InvalidOperationException($"This {recordType} is a default value: it points into no file. Records come from a MappedFile (View<T>, Read<T>) or from Detach().");

    [DoesNotReturn]
    public static void ThrowReadOnly(string name, string recordType) =>
        throw new InvalidOperationException($"Cannot write a {recordType}: '{name}' is mapped read-only. Open it with MapAccess.ReadWrite or MapAccess.CopyOnWrite to write.");

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

    public static string Bytes(long count) =>
        count == 1 ? "1 byte" : count.ToString("N0", CultureInfo.InvariantCulture) + " bytes";
}
