using System;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Threading;

namespace MmapRecords.CompilerServices;

/// <summary>
/// The memory a record's bytes belong to: a live mapping of a <see cref="MappedFile"/>, or the private
/// copy made by a record's <c>Detach()</c>. Records and views carry a reference to it so that
/// disposal and write permission can be checked without any per-access reference counting.
/// </summary>
/// <remarks>Used by generated code; not meant to be used directly.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class RecordSource
{
    // Written once by MappedFile.Dispose. Views read it with a volatile read (once per record: a loop then notices a
    // Dispose on another thread, usually in time); record accessors in checked mode read it plainly, so the JIT can
    // merge the checks of one loop iteration's fields into one.
    private bool _disposed;

    // IsWritable and not disposed: what a setter checks, in one load. Cleared by MarkDisposed.
    private bool _canWrite;

    // A detached record's bytes: a pinned array keeps its address stable, and this reference keeps it alive.
    private readonly byte[]? _buffer;

    private RecordSource(string name, bool isWritable, byte[]? buffer)
    {
        Name = name;
        IsWritable = isWritable;
        _canWrite = isWritable;
        _buffer = buffer;
    }

    /// <summary>
    /// The address of the memory's first byte (byte 0 of the mapping or window, or of a detached copy), from which a
    /// view's <see cref="RecordView{T}.ByteOffset"/> counts; 0 for memory of no bytes.
    /// </summary>
    public nint BaseAddress { get; internal set; }

    /// <summary>The path of the mapped file, or a description of a detached copy; used in messages.</summary>
    public string Name { get; }

    /// <summary>Whether setters may write to the memory.</summary>
    public bool IsWritable { get; }

    /// <summary>Whether the memory is gone (its <see cref="MappedFile"/> was disposed).</summary>
    public bool IsDisposed => _disposed;

    /// <summary>Whether the bytes are a private copy in memory (a detached record, or a file read by <see cref="MappedFile.Load"/>) rather than a mapping.</summary>
    public bool IsDetached => _buffer is not null;

    internal static RecordSource ForMapping(string path, bool isWritable) => new(path, isWritable, buffer: null);

    internal static RecordSource ForCopy(byte[] pinnedBuffer) => new("a detached record", isWritable: true, pinnedBuffer);

    internal static RecordSource ForBuffer(string path, byte[] pinnedBuffer) => new(path, isWritable: true, pinnedBuffer);

    internal void MarkDisposed()
    {
        Volatile.Write(ref _canWrite, false);
        Volatile.Write(ref _disposed, true);
    }

    /// <summary>
    /// Throws unless a setter may write: <see cref="ObjectDisposedException"/> when the mapping is gone,
    /// <see cref="InvalidOperationException"/> when it is read-only. One plain read on the way that passes.
    /// </summary>
    /// <typeparam name="T">The record type, for the message (its name is looked up only to throw).</typeparam>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void ThrowIfNotWritable<T>()
    {
        if (!_canWrite)
        {
            ThrowHelper.ThrowNotWritable(this, typeof(T).Name);
        }
    }

    /// <summary>Throws <see cref="ObjectDisposedException"/> when the mapping is gone (a volatile read).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void ThrowIfDisposed()
    {
        if (Volatile.Read(ref _disposed))
        {
            ThrowHelper.ThrowDisposed(Name);
        }
    }

    /// <summary>
    /// Throws <see cref="ObjectDisposedException"/> when the mapping is gone, with a plain read that the JIT may
    /// share between the checks of several field reads; for record accessors in checked mode.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void ThrowIfDisposedForRecord()
    {
        if (_disposed)
        {
            ThrowHelper.ThrowDisposed(Name);
        }
    }
}
