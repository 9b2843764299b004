using System;
using System.IO;
using System.IO.MemoryMappedFiles;

namespace MmapRecords;

/// <summary>
/// The memory a <see cref="MappedFile"/>'s records point into, and how it is set up and given back: mapped with
/// <c>mmap</c> where <see cref="Interop.Posix.IsSupported"/> (<see cref="PosixMapping"/>), through
/// <see cref="MemoryMappedFile"/> elsewhere (<see cref="ManagedMapping"/>), or a pinned array filled by
/// <see cref="MappedFile.Load"/> (<see cref="LoadedBuffer"/>). Only opening, <see cref="MappedFile.Flush"/> and
/// <see cref="MappedFile.Dispose"/> come here; reads go straight to <see cref="Address"/>.
/// </summary>
internal abstract class MappedMemory
{
    protected MappedMemory(nint address) => Address = address;

    /// <summary>The address of the window's first byte.</summary>
    public nint Address { get; }

    /// <summary>Maps <paramref name="length"/> (&gt; 0) bytes of the open file from byte <paramref name="offset"/> (any offset).</summary>
    public static MappedMemory Map(FileStream stream, string path, MapAccess access, long offset, long length) =>
        Interop.Posix.IsSupported
            ? PosixMapping.Map(stream.SafeFileHandle, path, access, offset, length)
            : ManagedMapping.Map(stream, access, offset, length);

    /// <summary>Writes the dirty pages to the file and waits (<c>msync(MS_SYNC)</c> / <c>FlushViewOfFile</c>).</summary>
    public abstract void Flush();

    /// <summary>
    /// Called once, by <see cref="MappedFile.Dispose"/>: lets go of the file's pages. What records that are still around
    /// read afterwards depends on the kind of memory; see each implementation.
    /// </summary>
    public abstract void Release();
}

/// <summary>
/// A view through <see cref="MemoryMappedFile"/>, where the runtime does not map with <c>mmap</c> itself (Windows, and
/// platforms <see cref="Interop.Posix.IsSupported"/> does not admit). <see cref="Release"/> unmaps the view: a record
/// used after that reads unmapped memory, or whatever the OS maps there next (docs/runtime-safety.md).
/// </summary>
internal sealed unsafe class ManagedMapping : MappedMemory
{
    private readonly MemoryMappedFile _mapping;
    private readonly MemoryMappedViewAccessor _accessor;

    private ManagedMapping(MemoryMappedFile mapping, MemoryMappedViewAccessor accessor, nint address)
        : base(address)
    {
        _mapping = mapping;
        _accessor = accessor;
    }

    public static ManagedMapping Map(FileStream stream, MapAccess access, long offset, long length)
    {
        var mapAccess = access switch
        {
            MapAccess.ReadWrite => MemoryMappedFileAccess.ReadWrite,

            // MAP_PRIVATE on Unix, FILE_MAP_COPY on Windows: written pages become private copies.
            MapAccess.CopyOnWrite => MemoryMappedFileAccess.CopyOnWrite,
            _ => MemoryMappedFileAccess.Read,
        };

        // leaveOpen: the stream (its handle and its advisory lock) belongs to the MappedFile, which closes it last.
        var mapping = MemoryMappedFile.CreateFromFile(stream, mapName: null, capacity: 0, mapAccess, HandleInheritability.None, leaveOpen: true);
        MemoryMappedViewAccessor? accessor = null;
        try
        {
            // The OS maps whole pages from a page-aligned offset; the accessor aligns down and reports how far into
            // the first page the window starts (PointerOffset).
            accessor = mapping.CreateViewAccessor(offset, length, mapAccess);
            byte* pointer = null;
            accessor.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
            return new ManagedMapping(mapping, accessor, (nint)(pointer + accessor.PointerOffset));
        }
        catch
        {
            accessor?.Dispose();
            mapping.Dispose();
            throw;
        }
    }

    public override void Flush() => _accessor.Flush();

    public override void Release()
    {
        _accessor.SafeMemoryMappedViewHandle.ReleasePointer();
        _accessor.Dispose();
        _mapping.Dispose();
    }
}

/// <summary>
/// The pinned array <see cref="MappedFile.Load"/> reads a file into. The record source holds the array, so it lives as
/// long as any record that can reach it; <see cref="Release"/> clears it, so that a record kept past
/// <see cref="MappedFile.Dispose"/> reads zeros, as over a mapping (a memset of the file's length: Load is for small files).
/// </summary>
internal sealed class LoadedBuffer(byte[] buffer, nint address) : MappedMemory(address)
{
    public override void Flush()
    {
    }

    public override void Release() => Array.Clear(buffer);
}
