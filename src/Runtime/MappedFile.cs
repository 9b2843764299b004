using System;
using System.IO;
using System.IO.MemoryMappedFiles;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using MmapRecords.CompilerServices;

namespace MmapRecords;

/// <summary>
/// A file (or a window of one) mapped into memory, from which typed records are read without parsing or
/// copying. Dispose it to unmap the file; views and records of it must not be used afterwards.
/// </summary>
/// <remarks>
/// <para>
/// Every member except <see cref="Path"/>, <see cref="Access"/>, <see cref="IsDisposed"/>, <see cref="Dispose"/>
/// and <see cref="ToString"/> throws <see cref="ObjectDisposedException"/> after <see cref="Dispose"/>.
/// Disposal unmaps the memory and closes the file handle before it returns, so the file can be deleted,
/// replaced or re-created right after.
/// </para>
/// <para>
/// While the file is mapped the library holds a shared advisory lock on it (what <see cref="FileShare.Read"/>
/// means to .NET on Linux and macOS; a real share mode on Windows): a cooperating process that asks for
/// exclusive access is refused. A process that ignores locks can still shrink the file, and touching a
/// mapped page past the new end then kills the process with SIGBUS; see <c>docs/runtime-safety.md</c>.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// using var file = MappedFile.Open("colors.bin");
/// foreach (var vertex in file.View&lt;Vertex&gt;())
///     Console.WriteLine(vertex);
/// </code>
/// </example>
public sealed unsafe class MappedFile : IDisposable
{
    private readonly RecordSource _source;
    private readonly FileStream? _stream;
    private readonly MemoryMappedFile? _mapping;
    private readonly MemoryMappedViewAccessor? _accessor;
    private readonly nint _address;
    private readonly long _fileOffset;
    private readonly long _length;
    private int _disposed;

    private MappedFile(string path, MapAccess access, long fileOffset, long length, RecordSource source, FileStream? stream, MemoryMappedFile? mapping, MemoryMappedViewAccessor? accessor, nint address)
    {
        Path = path;
        Access = access;
        _fileOffset = fileOffset;
        _length = length;
        _source = source;
        _stream = stream;
        _mapping = mapping;
        _accessor = accessor;
        _address = address;
        source.BaseAddress = address;
    }

    /// <summary>The full path of the mapped file. Still available after <see cref="Dispose"/>.</summary>
    public string Path { get; }

    /// <summary>How the file is mapped. Still available after <see cref="Dispose"/>.</summary>
    public MapAccess Access { get; }

    /// <summary>The number of bytes mapped: the file's length, or the window's.</summary>
    /// <exception cref="ObjectDisposedException">The file was disposed.</exception>
    public long Length
    {
        get
        {
            ThrowIfDisposed();
            return _length;
        }
    }

    /// <summary>Whether <see cref="Dispose"/> has been called.</summary>
    public bool IsDisposed => _disposed != 0;

    /// <summary>Maps a whole existing file.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="access">How to map it; read-only by default.</param>
    /// <returns>The mapped file; dispose it to unmap. An empty file maps to 0 bytes, which hold no records.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="access"/> is not a <see cref="MapAccess"/> value.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="DirectoryNotFoundException">A directory of the path does not exist.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be opened for <paramref name="access"/> (read for
    /// <see cref="MapAccess.Read"/> and <see cref="MapAccess.CopyOnWrite"/>, read and write for <see cref="MapAccess.ReadWrite"/>),
    /// or the path is a directory.</exception>
    /// <exception cref="IOException">The file is not a regular file, or another I/O error.</exception>
    public static MappedFile Open(string path, MapAccess access = MapAccess.Read) =>
        OpenCore(path, access, offset: 0, length: null, FileMode.Open);

    /// <summary>Maps <paramref name="length"/> bytes of an existing file, starting at byte <paramref name="offset"/> (any offset: no page alignment needed).</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="access">How to map it.</param>
    /// <param name="offset">The first byte of the file to map; may equal the file's length when <paramref name="length"/> is 0.</param>
    /// <param name="length">The number of bytes to map; 0 maps an empty window.</param>
    /// <returns>The mapped window; dispose it to unmap. Its offsets count from <paramref name="offset"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="offset"/> or <paramref name="length"/> is negative, or the window does not lie inside the file.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be opened for <paramref name="access"/>, or the path is a directory.</exception>
    /// <exception cref="IOException">The file is not a regular file, or another I/O error.</exception>
    public static MappedFile Open(string path, MapAccess access, long offset, long length)
    {
        if (offset < 0 || length < 0)
        {
            ThrowHelper.ThrowOutOfRange(
                offset < 0 ? nameof(offset) : nameof(length),
                $"A window of '{path}' needs a non-negative offset and length; got offset {offset} and length {length}.");
        }

        return OpenCore(path, access, offset, length, FileMode.Open);
    }

    /// <summary>Creates a new file of <paramref name="length"/> zero bytes and maps it read-write. An existing file is never overwritten.</summary>
    /// <param name="path">The new file's path.</param>
    /// <param name="length">The new file's length in bytes; 0 makes an empty file.</param>
    /// <returns>The mapped file; dispose it to unmap.</returns>
    /// <exception cref="IOException">The file already exists, or another I/O error (a half-made file is deleted).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is negative, or longer than the file system allows (the half-made file is deleted).</exception>
    /// <exception cref="UnauthorizedAccessException">The directory may not be written.</exception>
    public static MappedFile Create(string path, long length)
    {
        if (length < 0)
        {
            ThrowHelper.ThrowOutOfRange(nameof(length), $"Cannot create '{path}' with a negative length ({length}).");
        }

        return OpenCore(path, MapAccess.ReadWrite, offset: 0, length, FileMode.CreateNew);
    }

    /// <summary>
    /// Reads a whole file into memory of its own instead of mapping it: the faster path for small files (a few
    /// pages), where setting up a mapping costs more than reading the bytes. Views and records work exactly as over
    /// a mapping, and so do the lifetime rules: dispose it when done. Writes change the memory only, as with
    /// <see cref="MapAccess.CopyOnWrite"/> (which <see cref="Access"/> reports); the file never changes.
    /// </summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The loaded file; records read from its memory.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read, or the path is a directory.</exception>
    /// <exception cref="IOException">The file is not a regular file, or is too large to hold in one array (map it with <see cref="Open(string, MapAccess)"/>).</exception>
    public static MappedFile Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var fullPath = System.IO.Path.GetFullPath(path);
        using var stream = OpenStream(fullPath, FileMode.Open, MapAccess.Read);
        if (!stream.CanSeek)
        {
            ThrowHelper.ThrowNotRegularFile(fullPath);
        }

        var length = stream.Length;
        if (length > Array.MaxLength)
        {
            throw new IOException($"Cannot load '{fullPath}' ({ThrowHelper.Bytes(length)}) into memory: it is larger than one array can hold. Map it with MappedFile.Open instead.");
        }

        // Pinned, so that records can hold its address; the RecordSource keeps it alive as long as any record does.
        var buffer = GC.AllocateUninitializedArray<byte>((int)length, pinned: true);
        stream.ReadExactly(buffer);
        var address = length == 0 ? 0 : (nint)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(buffer));
        return new MappedFile(fullPath, MapAccess.CopyOnWrite, 0, length, RecordSource.ForBuffer(fullPath, buffer), stream: null, mapping: null, accessor: null, address);
    }

    /// <summary>All the records of <typeparamref name="T"/> that fit in the mapping, starting at its first byte.</summary>
    /// <typeparam name="T">The record type.</typeparam>
    /// <returns>A view of the records.</returns>
    /// <exception cref="ArgumentException"><typeparamref name="T"/> is a <see cref="ByteOrder.Variable"/> record: call <see cref="View{T}(long, long, ByteOrder)"/>.</exception>
    /// <exception cref="ObjectDisposedException">The file was disposed.</exception>
    /// <exception cref="IOException">The file has become shorter than the mapping (another process truncated it).</exception>
    public RecordView<T> View<T>() where T : struct, IRecord<T> => View<T>(0);

    /// <summary>All the records of <typeparamref name="T"/> that fit in the mapping after byte <paramref name="offset"/> (a header, say).</summary>
    /// <typeparam name="T">The record type.</typeparam>
    /// <param name="offset">The byte offset of the first record; may equal <see cref="Length"/> (an empty view).</param>
    /// <returns>A view of the records.</returns>
    /// <exception cref="ArgumentException"><typeparamref name="T"/> is a <see cref="ByteOrder.Variable"/> record: call <see cref="View{T}(long, long, ByteOrder)"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="offset"/> is negative or past <see cref="Length"/>.</exception>
    /// <exception cref="ObjectDisposedException">The file was disposed.</exception>
    /// <exception cref="IOException">The file has become shorter than the mapping (another process truncated it).</exception>
    public RecordView<T> View<T>(long offset) where T : struct, IRecord<T>
    {
        if (T.HasVariableByteOrder)
        {
            ThrowHelper.ThrowOrderNeeded<T>("View<T>(offset, count, byteOrder)");
        }

        CheckOffset(offset, nameof(offset));
        EnsureNotTruncated();
        return new RecordView<T>(_source, _address + (nint)offset, RecordLayout.CountIn<T>(_length - offset), T.Stride, bigEndian: false);
    }

    /// <summary><paramref name="count"/> records of <typeparamref name="T"/> starting at byte <paramref name="offset"/> of the mapping.</summary>
    /// <typeparam name="T">The record type.</typeparam>
    /// <param name="offset">The byte offset of the first record.</param>
    /// <param name="count">The number of records.</param>
    /// <returns>A view of the records.</returns>
    /// <exception cref="ArgumentException"><typeparamref name="T"/> is a <see cref="ByteOrder.Variable"/> record: call <see cref="View{T}(long, long, ByteOrder)"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A number is negative, or the records do not lie inside the mapping.</exception>
    /// <exception cref="ObjectDisposedException">The file was disposed.</exception>
    /// <exception cref="IOException">The file has become shorter than the mapping (another process truncated it).</exception>
    public RecordView<T> View<T>(long offset, long count) where T : struct, IRecord<T>
    {
        if (T.HasVariableByteOrder)
        {
            ThrowHelper.ThrowOrderNeeded<T>("View<T>(offset, count, byteOrder)");
        }

        return ViewCore<T>(offset, count, T.Stride, bigEndian: false);
    }

    /// <summary>
    /// <paramref name="count"/> records of <typeparamref name="T"/> starting at byte <paramref name="offset"/>, each
    /// <paramref name="stride"/> bytes after the one before: a table whose entry size the file gives (GPT's partition
    /// entries), when entries may be longer than the fields the record declares. The last record needs only <c>Size</c> bytes.
    /// </summary>
    /// <typeparam name="T">The record type.</typeparam>
    /// <param name="offset">The byte offset of the first record.</param>
    /// <param name="count">The number of records.</param>
    /// <param name="stride">The bytes from one record's start to the next; at least the record's <c>Size</c>.</param>
    /// <returns>A view of the records; its <see cref="RecordView{T}.Stride"/> is <paramref name="stride"/>, and slices keep it.</returns>
    /// <exception cref="ArgumentException"><typeparamref name="T"/> is a <see cref="ByteOrder.Variable"/> record: call <see cref="View{T}(long, long, int, ByteOrder)"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stride"/> is below the record's size, a number is negative, or the records do not lie inside the mapping.</exception>
    /// <exception cref="ObjectDisposedException">The file was disposed.</exception>
    /// <exception cref="IOException">The file has become shorter than the mapping (another process truncated it).</exception>
    public RecordView<T> View<T>(long offset, long count, int stride) where T : struct, IRecord<T>
    {
        if (T.HasVariableByteOrder)
        {
            ThrowHelper.ThrowOrderNeeded<T>("View<T>(offset, count, stride, byteOrder)");
        }

        CheckStride<T>(stride);
        return ViewCore<T>(offset, count, stride, bigEndian: false);
    }

    /// <summary><paramref name="count"/> records of the <see cref="ByteOrder.Variable"/> record <typeparamref name="T"/> starting at byte <paramref name="offset"/>, read in <paramref name="byteOrder"/>.</summary>
    /// <typeparam name="T">A record declared <c>[Record(ByteOrder = ByteOrder.Variable)]</c>.</typeparam>
    /// <param name="offset">The byte offset of the first record.</param>
    /// <param name="count">The number of records.</param>
    /// <param name="byteOrder"><see cref="ByteOrder.LittleEndian"/> or <see cref="ByteOrder.BigEndian"/>: the order of the record's multi-byte fields (those that do not fix their own) and of its <see cref="ByteOrder.Variable"/> nested records.</param>
    /// <returns>A view of the records; its records, slices and their <c>Detach()</c> copies keep the order.</returns>
    /// <exception cref="ArgumentException"><typeparamref name="T"/> has a fixed byte order (call <see cref="View{T}(long, long)"/>), or <paramref name="byteOrder"/> is neither little- nor big-endian.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A number is negative, or the records do not lie inside the mapping.</exception>
    /// <exception cref="ObjectDisposedException">The file was disposed.</exception>
    /// <exception cref="IOException">The file has become shorter than the mapping (another process truncated it).</exception>
    public RecordView<T> View<T>(long offset, long count, ByteOrder byteOrder) where T : struct, IRecord<T> =>
        ViewCore<T>(offset, count, T.Stride, IsBigEndian<T>(byteOrder, "View<T>(offset, count)"));

    /// <summary><paramref name="count"/> records of the <see cref="ByteOrder.Variable"/> record <typeparamref name="T"/>, <paramref name="stride"/> bytes apart from byte <paramref name="offset"/>, read in <paramref name="byteOrder"/>.</summary>
    /// <typeparam name="T">A record declared <c>[Record(ByteOrder = ByteOrder.Variable)]</c>.</typeparam>
    /// <param name="offset">The byte offset of the first record.</param>
    /// <param name="count">The number of records.</param>
    /// <param name="stride">The bytes from one record's start to the next; at least the record's <c>Size</c>.</param>
    /// <param name="byteOrder"><see cref="ByteOrder.LittleEndian"/> or <see cref="ByteOrder.BigEndian"/>.</param>
    /// <returns>A view of the records.</returns>
    /// <exception cref="ArgumentException"><typeparamref name="T"/> has a fixed byte order (call <see cref="View{T}(long, long, int)"/>), or <paramref name="byteOrder"/> is neither little- nor big-endian.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stride"/> is below the record's size, a number is negative, or the records do not lie inside the mapping.</exception>
    /// <exception cref="ObjectDisposedException">The file was disposed.</exception>
    /// <exception cref="IOException">The file has become shorter than the mapping (another process truncated it).</exception>
    public RecordView<T> View<T>(long offset, long count, int stride, ByteOrder byteOrder) where T : struct, IRecord<T>
    {
        var bigEndian = IsBigEndian<T>(byteOrder, "View<T>(offset, count, stride)");
        CheckStride<T>(stride);
        return ViewCore<T>(offset, count, stride, bigEndian);
    }

    /// <summary>The record of <typeparamref name="T"/> at byte <paramref name="offset"/> of the mapping (a file header, say).</summary>
    /// <typeparam name="T">The record type.</typeparam>
    /// <param name="offset">The byte offset of the record.</param>
    /// <returns>A record reading from the mapping.</returns>
    /// <exception cref="ArgumentException"><typeparamref name="T"/> is a <see cref="ByteOrder.Variable"/> record: call <see cref="Read{T}(long, ByteOrder)"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The record does not lie inside the mapping.</exception>
    /// <exception cref="ObjectDisposedException">The file was disposed.</exception>
    /// <remarks>Unlike <c>View</c>, this does not ask the OS for the file's current length, so it stays cheap in a loop.</remarks>
    public T Read<T>(long offset) where T : struct, IRecord<T>
    {
        if (T.HasVariableByteOrder)
        {
            ThrowHelper.ThrowOrderNeeded<T>("Read<T>(offset, byteOrder)");
        }

        CheckRecord<T>(offset);
        return T.Create(_source, _address + (nint)offset);
    }

    /// <summary>The <see cref="ByteOrder.Variable"/> record <typeparamref name="T"/> at byte <paramref name="offset"/>, read in <paramref name="byteOrder"/>.</summary>
    /// <typeparam name="T">A record declared <c>[Record(ByteOrder = ByteOrder.Variable)]</c>.</typeparam>
    /// <param name="offset">The byte offset of the record.</param>
    /// <param name="byteOrder"><see cref="ByteOrder.LittleEndian"/> or <see cref="ByteOrder.BigEndian"/>.</param>
    /// <returns>A record reading from the mapping in that order; its <c>Detach()</c> keeps the order.</returns>
    /// <exception cref="ArgumentException"><typeparamref name="T"/> has a fixed byte order (call <see cref="Read{T}(long)"/>), or <paramref name="byteOrder"/> is neither little- nor big-endian.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The record does not lie inside the mapping.</exception>
    /// <exception cref="ObjectDisposedException">The file was disposed.</exception>
    public T Read<T>(long offset, ByteOrder byteOrder) where T : struct, IRecord<T>
    {
        var bigEndian = IsBigEndian<T>(byteOrder, "Read<T>(offset)");
        CheckRecord<T>(offset);
        return T.Create(_source, _address + (nint)offset, bigEndian);
    }

    /// <summary>
    /// The <paramref name="length"/> mapped bytes at <paramref name="offset"/>, zero copy: a string at an offset from a
    /// table, a blob, the bytes a checksum covers. Valid only while the file is (the analyzer treats it as a record).
    /// </summary>
    /// <param name="offset">The byte offset of the first byte; may equal <see cref="Length"/> when <paramref name="length"/> is 0.</param>
    /// <param name="length">The number of bytes.</param>
    /// <returns>The bytes, read-only.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A number is negative, or the bytes do not lie inside the mapping.</exception>
    /// <exception cref="ObjectDisposedException">The file was disposed.</exception>
    public ReadOnlySpan<byte> Bytes(long offset, int length)
    {
        CheckBytes(offset, length);
        return new ReadOnlySpan<byte>((void*)(_address + (nint)offset), length);
    }

    /// <summary>The <paramref name="length"/> mapped bytes at <paramref name="offset"/>, writable: writes go to the mapping as a record's setters do.</summary>
    /// <param name="offset">The byte offset of the first byte; may equal <see cref="Length"/> when <paramref name="length"/> is 0.</param>
    /// <param name="length">The number of bytes.</param>
    /// <returns>The bytes.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A number is negative, or the bytes do not lie inside the mapping.</exception>
    /// <exception cref="InvalidOperationException">The file is mapped <see cref="MapAccess.Read"/>.</exception>
    /// <exception cref="ObjectDisposedException">The file was disposed.</exception>
    public Span<byte> WritableBytes(long offset, int length)
    {
        CheckBytes(offset, length);
        if (!_source.IsWritable)
        {
            ThrowHelper.ThrowBytesReadOnly(Path);
        }

        return new Span<byte>((void*)(_address + (nint)offset), length);
    }

    /// <summary>
    /// Makes the mapping's writes durable: writes its dirty pages to the file, then asks the OS to put the file's data
    /// on the storage device, and waits for both. Does nothing for <see cref="MapAccess.Read"/> and
    /// <see cref="MapAccess.CopyOnWrite"/> mappings (their writes never reach the file).
    /// </summary>
    /// <exception cref="ObjectDisposedException">The file was disposed.</exception>
    /// <exception cref="IOException">The OS could not write the pages.</exception>
    public void Flush()
    {
        ThrowIfDisposed();
        if (Access == MapAccess.ReadWrite && _accessor is not null)
        {
            // msync(MS_SYNC) on Unix, FlushViewOfFile on Windows: the pages reach the file...
            _accessor.Flush();

            // ...and fsync / FlushFileBuffers: the file reaches the disk (FlushViewOfFile alone does not wait for that).
            _stream?.Flush(flushToDisk: true);
        }
    }

    /// <summary>
    /// Unmaps the file and closes it before returning, so the file can be deleted or replaced right after. Views and
    /// records of it can no longer be used; a second call does nothing. Must not run while another thread still reads
    /// records of this file.
    /// </summary>
    public void Dispose()
    {
        if (System.Threading.Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _source.MarkDisposed();
        if (_accessor is not null)
        {
            _accessor.SafeMemoryMappedViewHandle.ReleasePointer();
            _accessor.Dispose();
        }

        _mapping?.Dispose();
        _stream?.Dispose();
    }

    /// <summary>Describes the mapping: its path, length and access.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"MappedFile '{Path}' ({(_fileOffset == 0 ? "" : $"window at byte {_fileOffset}, ")}{ThrowHelper.Bytes(_length)}, {Access}{(IsDisposed ? ", disposed" : "")})";

    private RecordView<T> ViewCore<T>(long offset, long count, int stride, bool bigEndian) where T : struct, IRecord<T>
    {
        CheckOffset(offset, nameof(offset));
        var fit = RecordLayout.CountIn(_length - offset, T.Size, stride);
        if (count < 0 || count > fit)
        {
            ThrowHelper.ThrowOutOfRange(
                nameof(count),
                count < 0
                    ? $"Cannot view a negative number of records ({count}) of '{Path}'."
                    : $"{count} records of {RecordLayout.Describe<T>(stride)} at byte offset {offset} need {ThrowHelper.Bytes(RecordLayout.BytesNeeded(count, T.Size, stride))}, but '{Path}' has {ThrowHelper.Bytes(_length - offset)} from there ({fit} records fit).");
        }

        EnsureNotTruncated();
        return new RecordView<T>(_source, _address + (nint)offset, count, stride, bigEndian);
    }

    private void CheckRecord<T>(long offset) where T : struct, IRecord<T>
    {
        CheckOffset(offset, nameof(offset));
        if (_length - offset < T.Size)
        {
            ThrowHelper.ThrowOutOfRange(
                nameof(offset),
                $"A {RecordLayout.Describe<T>()} at byte offset {offset} ends at byte {offset + T.Size}, past the end of '{Path}' ({ThrowHelper.Bytes(_length)}).");
        }
    }

    private void CheckStride<T>(int stride) where T : struct, IRecord<T>
    {
        ThrowIfDisposed();
        if (stride < T.Size)
        {
            ThrowHelper.ThrowOutOfRange(
                nameof(stride),
                $"A stride of {ThrowHelper.Bytes(stride)} is shorter than one {RecordLayout.Describe<T>()} record: records of '{Path}' would overlap. The stride must be at least {ThrowHelper.Bytes(T.Size)}.");
        }
    }

    private void CheckBytes(long offset, int length)
    {
        CheckOffset(offset, nameof(offset));
        if ((uint)length > (ulong)(_length - offset))
        {
            ThrowHelper.ThrowOutOfRange(
                nameof(length),
                length < 0
                    ? $"Cannot take a negative number of bytes ({length}) of '{Path}' ({ThrowHelper.Bytes(_length)})."
                    : $"{ThrowHelper.Bytes(length)} at byte offset {offset} end at byte {offset + length}, past the end of '{Path}' ({ThrowHelper.Bytes(_length)}).");
        }
    }

    // Whether a byteOrder passed for T means big-endian; throws unless T is a Variable record and the order is a real one.
    private static bool IsBigEndian<T>(ByteOrder byteOrder, string fixedOverload) where T : struct, IRecord<T>
    {
        if (!T.HasVariableByteOrder)
        {
            ThrowHelper.ThrowOrderNotAllowed<T>(fixedOverload, nameof(byteOrder));
        }

        if (byteOrder is not (ByteOrder.LittleEndian or ByteOrder.BigEndian))
        {
            ThrowHelper.ThrowBadOrder<T>(byteOrder, nameof(byteOrder));
        }

        return byteOrder == ByteOrder.BigEndian;
    }

    private void CheckOffset(long offset, string paramName)
    {
        ThrowIfDisposed();
        if ((ulong)offset > (ulong)_length)
        {
            ThrowHelper.ThrowOutOfRange(paramName, $"Byte offset {offset} is outside '{Path}' ({ThrowHelper.Bytes(_length)}{(_fileOffset == 0 ? "" : $" mapped from byte {_fileOffset}")}).");
        }
    }

    /// <summary>
    /// One fstat: throws while the file is shorter than the mapping, before any record of the new view is touched
    /// (touching a mapped page past the end of a file kills the process with SIGBUS on Unix).
    /// </summary>
    private void EnsureNotTruncated()
    {
        if (_stream is null)
        {
            return;
        }

        long current;
        try
        {
            current = RandomAccess.GetLength(_stream.SafeFileHandle);
        }
        catch (ObjectDisposedException)
        {
            // Dispose ran on another thread since the check above.
            ThrowIfDisposed();
            throw;
        }

        if (current < _fileOffset + _length)
        {
            ThrowHelper.ThrowTruncated(Path, _fileOffset + _length, current);
        }
    }

    private void ThrowIfDisposed() => _source.ThrowIfDisposed();

    private static MappedFile OpenCore(string path, MapAccess access, long offset, long? length, FileMode mode)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (access is not (MapAccess.Read or MapAccess.ReadWrite or MapAccess.CopyOnWrite))
        {
            throw new ArgumentOutOfRangeException(nameof(access), access, $"Unknown access mode {access} for '{path}'.");
        }

        var fullPath = System.IO.Path.GetFullPath(path);
        var writable = access != MapAccess.Read;
        var stream = OpenStream(fullPath, mode, access);
        try
        {
            if (!stream.CanSeek)
            {
                // A pipe, socket or character device: nothing that has a length to map.
                ThrowHelper.ThrowNotRegularFile(fullPath);
            }

            if (mode == FileMode.CreateNew)
            {
                SetNewLength(stream, fullPath, length!.Value);
            }

            var fileLength = stream.Length;
            var windowLength = length ?? fileLength;
            if (offset > fileLength || windowLength > fileLength - offset)
            {
                ThrowHelper.ThrowOutOfRange(
                    offset > fileLength ? nameof(offset) : nameof(length),
                    $"A window of {ThrowHelper.Bytes(windowLength)} at byte offset {offset} reaches past the end of '{fullPath}' ({ThrowHelper.Bytes(fileLength)}).");
            }

            var source = RecordSource.ForMapping(fullPath, writable);
            if (windowLength == 0)
            {
                // Nothing to map (the OS refuses empty mappings): an empty file or window holds no records.
                stream.Dispose();
                return new MappedFile(fullPath, access, offset, 0, source, stream: null, mapping: null, accessor: null, address: 0);
            }

            var mapAccess = access switch
            {
                MapAccess.ReadWrite => MemoryMappedFileAccess.ReadWrite,

                // MAP_PRIVATE on Unix, FILE_MAP_COPY on Windows: written pages become private copies.
                MapAccess.CopyOnWrite => MemoryMappedFileAccess.CopyOnWrite,
                _ => MemoryMappedFileAccess.Read,
            };

            // leaveOpen: the stream (its handle and its advisory lock) lives until Dispose, which closes it last.
            var mapping = MemoryMappedFile.CreateFromFile(stream, mapName: null, capacity: 0, mapAccess, HandleInheritability.None, leaveOpen: true);
            MemoryMappedViewAccessor? accessor = null;
            try
            {
                // The OS maps whole pages from a page-aligned offset; the accessor aligns down and reports
                // how far into the first page the window starts (PointerOffset). This is the only place
                // that knows about pages.
                accessor = mapping.CreateViewAccessor(offset, windowLength, mapAccess);
                byte* pointer = null;
                accessor.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
                var address = (nint)(pointer + accessor.PointerOffset);
                return new MappedFile(fullPath, access, offset, windowLength, source, stream, mapping, accessor, address);
            }
            catch
            {
                accessor?.Dispose();
                mapping.Dispose();
                throw;
            }
        }
        catch
        {
            stream.Dispose();
            if (mode == FileMode.CreateNew)
            {
                // Only reached after this call created the file (CreateNew fails before the try on an existing one).
                TryDelete(fullPath);
            }

            throw;
        }
    }

    private static void SetNewLength(FileStream stream, string fullPath, long length)
    {
        try
        {
            stream.SetLength(length);
        }
        catch (ArgumentOutOfRangeException e)
        {
            // EFBIG: .NET reports it without the file's name.
            throw new ArgumentOutOfRangeException(nameof(length), $"Cannot create '{fullPath}' of {ThrowHelper.Bytes(length)}: the file system does not allow a file that long. ({e.Message})");
        }
    }

    private static FileStream OpenStream(string fullPath, FileMode mode, MapAccess access)
    {
        try
        {
            return new FileStream(
                fullPath,
                mode,
                access == MapAccess.ReadWrite ? FileAccess.ReadWrite : FileAccess.Read,

                // Readers may share the file; nobody else may write it while it is mapped where the OS enforces
                // share modes (Windows). On Unix .NET turns this into a shared flock: exclusive openers are refused.
                FileShare.Read,
                bufferSize: 0,
                FileOptions.None);
        }
        catch (UnauthorizedAccessException e)
        {
            if (Directory.Exists(fullPath))
            {
                throw new UnauthorizedAccessException($"Cannot map '{fullPath}': it is a directory, not a file.", e);
            }

            var wanted = mode == FileMode.CreateNew ? "create" : access == MapAccess.ReadWrite ? "read and write" : "read";
            throw new UnauthorizedAccessException($"Cannot map '{fullPath}' for {access}: this process may not {wanted} it.", e);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
