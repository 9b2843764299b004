using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using MmapRecords.CompilerServices;

namespace MmapRecords;

/// <summary>
/// A table of records of <typeparamref name="T"/> inside a <see cref="MappedFile"/>: <see cref="Count"/> records,
/// the first at <see cref="ByteOffset"/> of the mapping and each next one <see cref="Stride"/> bytes further. A view
/// copies nothing; indexing it and enumerating it make records that read straight out of the mapping. A view of a
/// <see cref="ByteOrder.Variable"/> record also carries the byte order its records are read in.
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

    // The stride lives in the view rather than being read from T.Stride: a view may step over a stride chosen at run
    // time (a table whose entry size is in a header). A multiply by a register instead of a constant; measured
    // with the fixed-layout rows of docs/benchmarks.md.
    private readonly int _stride;

    // For a ByteOrder.Variable record, the order its records are made with; ignored (and false) for any other.
    private readonly bool _bigEndian;

    internal RecordView(RecordSource source, nint address, long count, int stride, bool bigEndian)
    {
        // Every caller checked count against RecordLayout.CountIn, so count * stride never overflows.
        Debug.Assert(count >= 0, "A view's count is never negative.");
        Debug.Assert(stride >= T.Size, "A view's stride is at least the record's size.");
        _source = source;
        _address = address;
        _count = count;
        _stride = stride;
        _bigEndian = bigEndian;
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

    /// <summary>The distance in bytes between the starts of two consecutive records of the view: <c>T</c>'s <c>Stride</c>, or the one given to <see cref="MappedFile.View{T}(long, long, int)"/>.</summary>
    /// <exception cref="ObjectDisposedException">The file was disposed.</exception>
    public int Stride
    {
        get
        {
            _source?.ThrowIfDisposed();
            return _source is null ? T.Stride : _stride;
        }
    }

    /// <summary>The byte offset in the mapping (or window) where the view's first record starts; for a table field of a record, where the table starts in the mapping.</summary>
    /// <exception cref="ObjectDisposedException">The file was disposed.</exception>
    public long ByteOffset
    {
        get
        {
            _source?.ThrowIfDisposed();
            return _source is null ? 0 : _address - _source.BaseAddress;
        }
    }

    /// <summary>The number of bytes the view covers, from its first record's first byte to its last record's last: <c>(Count - 1) * Stride + Size</c>, 0 when empty.</summary>
    /// <exception cref="ObjectDisposedException">The file was disposed.</exception>
    public long ByteLength
    {
        get
        {
            _source?.ThrowIfDisposed();
            return RecordLayout.BytesFor(_count, T.Size, _stride);
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
                ThrowHelper.ThrowIndexOutOfRange<T>(index, _count, _stride, _source);
            }

            _source!.ThrowIfDisposed();
            return RecordLayout.Make<T>(_source, _address + (nint)(index * _stride), _bigEndian);
        }
    }

    /// <summary>The <paramref name="count"/> records starting at index <paramref name="start"/>, at the same stride (and byte order).</summary>
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
                $"Slice({start}, {count}) does not lie inside a view of {_count} {RecordLayout.Describe<T>(_stride)} records ({ThrowHelper.Bytes(RecordLayout.BytesFor(_count, T.Size, _stride))}) of '{Name}'; a slice needs 0 <= start <= {_count} and 0 <= count <= {_count} - start.");
        }

        return _source is null ? default : new RecordView<T>(_source, _address + (nint)(start * _stride), count, _stride, _bigEndian);
    }

    /// <summary>Returns an allocation-free enumerator over the records, for <see langword="foreach"/>.</summary>
    /// <returns>The enumerator.</returns>
    /// <exception cref="ObjectDisposedException">The file was disposed.</exception>
    public Enumerator GetEnumerator()
    {
        _source?.ThrowIfDisposed();
        return new Enumerator(_source, _address, _count, _stride, _bigEndian);
    }

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Describes the view: <c>RecordView&lt;Vertex&gt; (3 records of 'colors.bin')</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        T.HasVariableByteOrder && _source is not null
            ? $"RecordView<{typeof(T).Name}> ({_count} {RecordLayout.Name(_bigEndian)} records of '{Name}')"
            : $"RecordView<{typeof(T).Name}> ({_count} records of '{Name}')";

    private string Name => _source?.Name ?? "no file";

    /// <summary>Enumerates the records of a <see cref="RecordView{T}"/> without allocating.</summary>
    public struct Enumerator : IEnumerator<T>
    {
        private readonly RecordSource? _source;
        private readonly nint _end;

        // Pointer-sized, so that the step in MoveNext is one add (an int would be sign-extended in every iteration).
        private readonly nint _stride;
        private readonly bool _bigEndian;
        private nint _next;

        // The record Current returns: a default record (no memory, address 0) until the first MoveNext, so that
        // Current needs no check of its own and can never point outside the view.
        private RecordSource? _currentSource;
        private nint _current;

        internal Enumerator(RecordSource? source, nint address, long count, int stride, bool bigEndian)
        {
            _source = source;
            _next = address;
            _stride = stride;
            _bigEndian = bigEndian;
            _end = address + (nint)(count * stride);
        }

        /// <summary>
        /// The record at the enumerator's position; before the first <see cref="MoveNext"/>, a default record, which
        /// throws when read (as <see cref="List{T}.Enumerator"/> returns a default value there).
        /// </summary>
        public readonly T Current
        {
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            get => RecordLayout.Make<T>(_currentSource!, _current, _bigEndian);
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
            _next += _stride;
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
