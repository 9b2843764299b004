using System;
using System.IO;
using System.IO.MemoryMappedFiles;
using MmapRecords.CompilerServices;

namespace MmapRecords;

/// <summary>
/// A file (or a window of one) mapped into memory, from which typed records are read without parsing or
/// copying. Dispose it to unmap the file; views and records of it must not be used afterwards.
/// </summary>
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
    private readonly MemoryMappedFile? _mapping;
    private readonly MemoryMappedViewAccessor? _accessor;
    private readonly nint _address;
    private int _disposed;

    private MappedFile(string path, MapAccess access, long length, RecordSource source, MemoryMappedFile? mapping, MemoryMappedViewAccessor? accessor, nint address)
    {
        Path = path;
        Access = access;
        Length = length;
        _source = source;
        _mapping = mapping;
        _accessor = accessor;
        _address = address;
    }

    /// <summary>The full path of the mapped file.</summary>
    public string Path { get; }

    /// <summary>How the file is mapped.</summary>
    public MapAccess Access { get; }

    /// <summary>The number of bytes mapped: the file's length, or the window's.</summary>
    public long Length { get; }

    /// <summary>Whether <see cref="Dispose"/> has been called.</summary>
    public bool IsDisposed => _disposed != 0;

    /// <summary>Maps a whole existing file.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="access">How to map it; read-only by default.</param>
    /// <returns>The mapped file; dispose it to unmap.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be opened for <paramref name="access"/>, or the path is a directory.</exception>
    public static MappedFile Open(string path, MapAccess access = MapAccess.Read) =>
        OpenCore(path, access, offset: 0, length: null, FileMode.Open);

    /// <summary>Maps <paramref name="length"/> bytes of an existing file, starting at byte <paramref name="offset"/> (any offset: no page alignment needed).</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="access">How to map it.</param>
    /// <param name="offset">The first byte of the file to map.</param>
    /// <param name="length">The number of bytes to map; 0 maps an empty window.</param>
    /// <returns>The mapped window; dispose it to unmap. Its offsets count from <paramref name="offset"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The window does not lie inside the file.</exception>
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
    /// <param name="length">The new file's length in bytes.</param>
    /// <returns>The mapped file; dispose it to unmap.</returns>
    /// <exception cref="IOException">The file already exists.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is negative.</exception>
    public static MappedFile Create(string path, long length)
    {
        if (length < 0)
        {
            ThrowHelper.ThrowOutOfRange(nameof(length), $"Cannot create '{path}' with a negative length ({length}).");
        }

        return OpenCore(path, MapAccess.ReadWrite, offset: 0, length, FileMode.CreateNew);
    }

    /// <summary>All the records of <typeparamref name="T"/> that fit in the mapping, starting at its first byte.</summary>
    /// <typeparam name="T">The record type.</typeparam>
    /// <returns>A view of the records.</returns>
    /// <exception cref="ObjectDisposedException">The file was disposed.</exception>
    public RecordView<T> View<T>() where T : struct, IRecord<T> => View<T>(0);

    /// <summary>All the records of <typeparamref name="T"/> that fit in the mapping after byte <paramref name="offset"/> (a header, say).</summary>
    /// <typeparam name="T">The record type.</typeparam>
    /// <param name="offset">The byte offset of the first record; may equal <see cref="Length"/> (an empty view).</param>
    /// <returns>A view of the records.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="offset"/> is outside the mapping.</exception>
    /// <exception cref="ObjectDisposedException">The file was disposed.</exception>
    public RecordView<T> View<T>(long offset) where T : struct, IRecord<T>
    {
        CheckOffset(offset, nameof(offset));
        return new RecordView<T>(_source, _address + (nint)offset, RecordLayout.CountIn<T>(Length - offset));
    }

    /// <summary><paramref name="count"/> records of <typeparamref name="T"/> starting at byte <paramref name="offset"/> of the mapping.</summary>
    /// <typeparam name="T">The record type.</typeparam>
    /// <param name="offset">The byte offset of the first record.</param>
    /// <param name="count">The number of records.</param>
    /// <returns>A view of the records.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The records do not lie inside the mapping.</exception>
    /// <exception cref="ObjectDisposedException">The file was disposed.</exception>
    public RecordView<T> View<T>(long offset, long count) where T : struct, IRecord<T>
    {
        CheckOffset(offset, nameof(offset));
        var fit = RecordLayout.CountIn<T>(Length - offset);
        if (count < 0 || count > fit)
        {
            ThrowHelper.ThrowOutOfRange(
                nameof(count),
                count < 0
                    ? $"Cannot view a negative number of records ({count}) of '{Path}'."
                    : $"{count} records of {RecordLayout.Describe<T>()} at byte offset {offset} need {ThrowHelper.Bytes(RecordLayout.BytesFor<T>(Math.Min(count, long.MaxValue / T.Stride)))}, but '{Path}' has {ThrowHelper.Bytes(Length - offset)} from there ({fit} records fit).");
        }

        return new RecordView<T>(_source, _address + (nint)offset, count);
    }

    /// <summary>The record of <typeparamref name="T"/> at byte <paramref name="offset"/> of the mapping (a file header, say).</summary>
    /// <typeparam name="T">The record type.</typeparam>
    /// <param name="offset">The byte offset of the record.</param>
    /// <returns>A record reading from the mapping.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The record does not lie inside the mapping.</exception>
    /// <exception cref="ObjectDisposedException">The file was disposed.</exception>
    public T Read<T>(long offset) where T : struct, IRecord<T>
    {
        CheckOffset(offset, nameof(offset));
        if (Length - offset < T.Size)
        {
            ThrowHelper.ThrowOutOfRange(
                nameof(offset),
                $"A {RecordLayout.Describe<T>()} at byte offset {offset} ends at byte {offset + T.Size}, past the end of '{Path}' ({ThrowHelper.Bytes(Length)}).");
        }

        return T.Create(_source, _address + (nint)offset);
    }

    /// <summary>Writes the mapping's dirty pages to the file and waits until they are written.</summary>
    /// <exception cref="ObjectDisposedException">The file was disposed.</exception>
    public void Flush()
    {
        ThrowIfDisposed();
        if (Access == MapAccess.ReadWrite)
        {
            _accessor?.Flush();
        }
    }

    /// <summary>Unmaps the file and closes it. Views and records of it can no longer be used; a second call does nothing.</summary>
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
    }

    /// <summary>Describes the mapping: its path, length and access.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"MappedFile '{Path}' ({ThrowHelper.Bytes(Length)}, {Access}{(IsDisposed ? ", disposed" : "")})";

    private void CheckOffset(long offset, string paramName)
    {
        ThrowIfDisposed();
        if ((ulong)offset > (ulong)Length)
        {
            ThrowHelper.ThrowOutOfRange(paramName, $"Byte offset {offset} is outside '{Path}' ({ThrowHelper.Bytes(Length)}).");
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
        var stream = new FileStream(
            fullPath,
            mode,
            access == MapAccess.ReadWrite ? FileAccess.ReadWrite : FileAccess.Read,
            // Readers may share the file; nobody else may write it while it is mapped (where the OS enforces it).
            FileShare.Read,
            bufferSize: 1,
            FileOptions.None);
        try
        {
            if (mode == FileMode.CreateNew)
            {
                stream.SetLength(length!.Value);
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
                // Nothing to map (the OS refuses empty mappings): an empty file holds no records.
                stream.Dispose();
                return new MappedFile(fullPath, access, 0, source, mapping: null, accessor: null, address: 0);
            }

            var mapAccess = access switch
            {
                MapAccess.ReadWrite => MemoryMappedFileAccess.ReadWrite,
                MapAccess.CopyOnWrite => MemoryMappedFileAccess.CopyOnWrite,
                _ => MemoryMappedFileAccess.Read,
            };
            var mapping = MemoryMappedFile.CreateFromFile(stream, mapName: null, capacity: 0, mapAccess, HandleInheritability.None, leaveOpen: false);
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
                return new MappedFile(fullPath, access, windowLength, source, mapping, accessor, address);
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
                TryDelete(fullPath);
            }

            throw;
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
