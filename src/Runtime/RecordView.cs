using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using MmapRecords.CompilerServices;

namespace MmapRecords;

/// <summary>
/// A table of records of <typeparamref name="T"/> inside a <see cref="MappedFile"/>: <see cref="Count"/> records,
/// the first at some byte offset of the mapping and each next one <c>Stride</c> bytes further. A view copies
/// nothing; indexing it and enumerating it make records that read straight out of the mapping.
/// </summary>
/// <remarks>
/// A view is valid only while its <see cref="MappedFile"/> is: every member throws
/// <see cref="ObjectDisposedException"/> once the file is disposed. Records taken from it must not outlive the
/// file either (the analyzer warns, MMR100/MMR101); copy one out with its <c>Detach()</c> to keep it.
/// </remarks>
/// <typeparam name="T">A record type declared with <see cref="RecordAttribute"/>.</typeparam>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct RecordView<T> : IEnumerable<T> where T : struct, IRecord<T>
{
    private readonly RecordSource? _source;
    private readonly nint _address;
    private readonly long _count;

    internal RecordView(RecordSource source, nint address, long count)
    {
        // Every caller checked count against RecordLayout.CountIn, so count * Stride never overflows.
        Debug.Assert(count >= 0, "A view's count is never negative.");
        _source = source;
        _address = address;
        _count = count;
    }

    /// <summary>The number of records in the view.</summary>
    /// <exception cref="ObjectDisposedException">The file was disposed.</exception>
    public long Count
    {
        get
        {
            _source?.ThrowIfDisposed();
            return _count;
        }
    }

    /// <summary>The record at <paramref name="index"/>.</summary>
    /// <param name="index">A zero-based index below <see cref="Count"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative or not below <see cref="Count"/>.</exception>
    /// <exception cref="ObjectDisposedException">The file was disposed.</exception>
    public T this[long index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            if ((ulong)index >= (ulong)_count)
            {
                // Static, with the fields as arguments: an instance call would take the view's address and keep
                // it out of registers in the caller's loop.
                ThrowHelper.ThrowIndexOutOfRange<T>(index, _count, _source);
            }

            _source!.ThrowIfDisposed();
            return T.Create(_source, _address + (nint)(index * T.Stride));
        }
    }

    /// <summary>The <paramref name="count"/> records starting at index <paramref name="start"/>.</summary>
    /// <param name="start">The index of the first record of the slice; may equal <see cref="Count"/> when <paramref name="count"/> is 0.</param>
    /// <param name="count">The number of records in the slice.</param>
    /// <returns>A view of part of this view's records.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The slice does not lie inside the view.</exception>
    /// <exception cref="ObjectDisposedException">The file was disposed.</exception>
    public RecordView<T> Slice(long start, long count)
    {
        _source?.ThrowIfDisposed();

        // Compared without arithmetic that could overflow: start * Stride below is then at most the view's byte length.
        if (start < 0 || count < 0 || start > _count || count > _count - start)
        {
            ThrowHelper.ThrowOutOfRange(
                start < 0 || start > _count ? nameof(start) : nameof(count),
                $"Slice({start}, {count}) does not lie inside a view of {_count} {RecordLayout.Describe<T>()} records ({ThrowHelper.Bytes(RecordLayout.BytesFor<T>(_count))}) of '{Name}'; a slice needs 0 <= start <= {_count} and 0 <= count <= {_count} - start.");
        }

        return _source is null ? default : new RecordView<T>(_source, _address + (nint)(start * T.Stride), count);
    }

    /// <summary>Returns an allocation-free enumerator over the records, for <see langword="foreach"/>.</summary>
    /// <returns>The enumerator.</returns>
    /// <exception cref="ObjectDisposedException">The file was disposed.</exception>
    public Enumerator GetEnumerator()
    {
        _source?.ThrowIfDisposed();
        return new Enumerator(_source, _address, _count);
    }

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Describes the view: <c>RecordView&lt;Vertex&gt; (3 records of 'colors.bin')</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"RecordView<{typeof(T).Name}> ({_count} records of '{Name}')";

    private string Name => _source?.Name ?? "no file";

    /// <summary>Enumerates the records of a <see cref="RecordView{T}"/> without allocating.</summary>
    public struct Enumerator : IEnumerator<T>
    {
        private readonly RecordSource? _source;
        private readonly nint _end;
        private nint _next;

        // The record Current returns: a default record (no memory, address 0) until the first MoveNext, so that
        // Current needs no check of its own and can never point outside the view.
        private RecordSource? _currentSource;
        private nint _current;

        internal Enumerator(RecordSource? source, nint address, long count)
        {
            _source = source;
            _next = address;
            _end = address + (nint)(count * T.Stride);
        }

        /// <summary>
        /// The record at the enumerator's position; before the first <see cref="MoveNext"/>, a default record, which
        /// throws when read (as <see cref="List{T}.Enumerator"/> returns a default value there).
        /// </summary>
        public readonly T Current
        {
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            get => T.Create(_currentSource!, _current);
        }

        readonly object IEnumerator.Current => Current;

        /// <summary>Advances to the next record.</summary>
        /// <returns><see langword="false"/> after the last record.</returns>
        /// <exception cref="ObjectDisposedException">The file was disposed.</exception>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool MoveNext()
        {
            if ((nuint)_next >= (nuint)_end)
            {
                return false;
            }

            _source!.ThrowIfDisposed();
            _currentSource = _source;
            _current = _next;
            _next += T.Stride;
            return true;
        }

        /// <summary>Not supported: views are enumerated once per <see langword="foreach"/>.</summary>
        /// <exception cref="NotSupportedException">Always.</exception>
        public readonly void Reset() => throw new NotSupportedException();

        /// <summary>Does nothing: the enumerator owns nothing.</summary>
        public readonly void Dispose()
        {
        }
    }
}
