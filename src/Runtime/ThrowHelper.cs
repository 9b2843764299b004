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

    // Its IL is only "make the exception, throw it" (the message is built in another method), so the JIT sees
    // that a call to it does not return: the indexer's range check is then a compare and a cold branch, and
    // the caller's loop keeps its variables in registers.
    [DoesNotReturn]
    public static void ThrowIndexOutOfRange<T>(long index, long count, CompilerServices.RecordSource? source) =>
        throw IndexOutOfRange<T>(index, count, source);

    private static ArgumentOutOfRangeException IndexOutOfRange<T>(long index, long count, CompilerServices.RecordSource? source) =>
        new(nameof(index), $"Index {index} is outside a view of {count} {typeof(T).Name} records of '{source?.Name ?? "no file"}'.");

    public static string Bytes(long count) =>
        count == 1 ? "1 byte" : count.ToString("N0", CultureInfo.InvariantCulture) + " bytes";
}
