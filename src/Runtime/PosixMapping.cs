using System;
using System.IO;
using System.Threading;
using Microsoft.Win32.SafeHandles;
using MmapRecords.Interop;

namespace MmapRecords;

/// <summary>
/// A view mapped with <c>mmap</c> (Linux and macOS), which can outlive its file without ever pointing at someone
/// else's memory.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Release"/> (at <see cref="MappedFile.Dispose"/>) does not unmap: one <c>mmap(MAP_FIXED)</c> call puts
/// private anonymous pages over exactly the view's range. The file's pages are gone when it returns (the handle is then
/// closed by the <see cref="MappedFile"/>, so the file can be deleted or truncated), yet the range stays this object's:
/// the kernel swaps the pages in one step, so no other mapping (another file, the GC heap) can be placed there in
/// between, and a record kept past <c>Dispose</c> reads zeros instead of faulting or reading foreign bytes. Pages that
/// are only read are the kernel's shared zero page: the range costs address space, not memory.
/// </para>
/// <para>
/// The replacement has the view's protection: read-only for <see cref="MapAccess.Read"/> (nothing could write there
/// before, and nothing can now), read-write for the writable modes, because a <c>Span&lt;T&gt;</c> field taken before
/// <c>Dispose</c> may still be written through: the write lands in private zero memory that only stale records of this
/// file can see, rather than killing the process on a read-only page (setters check and throw, in every build).
/// </para>
/// <para>
/// The range is unmapped by the finalizer, once the GC finds nothing that refers to this object: the
/// <see cref="MappedFile"/> and its <see cref="CompilerServices.RecordSource"/>, which every view, enumerator and record
/// holds. A span holds only the address; docs/runtime-safety.md says what that means.
/// </para>
/// </remarks>
internal sealed class PosixMapping : MappedMemory
{
    // Disposed ranges awaiting the GC cost address space and one kernel mapping each (vm.max_map_count is 65,530 by
    // default). A loop that opens and disposes files allocates little managed memory, so a full collection may be far
    // away: every RetiredBudget units (a range counts 1, plus 1 per 4 MiB: 4,096 ranges or 16 GiB) Dispose asks for a
    // background collection; the finalizers unmap the ranges nothing refers to at the collection after that one.
    private const long RetiredBudget = 4096;
    private const int BytesPerUnit = 4 << 20;
    private static long s_retiredSinceCollect;

    private readonly nint _start;
    private readonly nuint _length;
    private readonly bool _writable;
    private bool _unmapped;
    private bool _waitedOneCollection;

    private PosixMapping(nint start, nuint length, nint address, bool writable)
        : base(address)
    {
        _start = start;
        _length = length;
        _writable = writable;
    }

    ~PosixMapping()
    {
        // The first time the GC finds nothing that refers to this object, wait for one more collection: a read that
        // already has the address in hand when its record's source is last reported (the instruction after a getter's
        // GC.KeepAlive; the copy into a T[] or string just allocated, where that allocation ran this collection) ends
        // long before the next one.
        if (!_waitedOneCollection)
        {
            _waitedOneCollection = true;
            GC.ReRegisterForFinalize(this);
            return;
        }

        // Nothing can reach the range any more: the file's pages (a MappedFile dropped without Dispose) or the zero
        // pages that replaced them. Nothing to report if it fails (it cannot: the range is exactly one we mapped).
        if (!_unmapped)
        {
            _ = Posix.MUnmap(_start, _length);
        }
    }

    public static PosixMapping Map(SafeFileHandle file, string path, MapAccess access, long offset, long length)
    {
        // mmap maps whole pages from a page-aligned file offset; the window starts pageOffset bytes into the first.
        var pageOffset = offset & (Environment.SystemPageSize - 1);
        var mapLength = (nuint)(length + pageOffset);
        var (protection, sharing) = access switch
        {
            MapAccess.ReadWrite => (Posix.ProtRead | Posix.ProtWrite, Posix.MapShared),

            // Written pages become private copies; the file never changes.
            MapAccess.CopyOnWrite => (Posix.ProtRead | Posix.ProtWrite, Posix.MapPrivate),
            _ => (Posix.ProtRead, Posix.MapShared),
        };

        var added = false;
        nint start;
        try
        {
            file.DangerousAddRef(ref added);
            start = Posix.MMap(0, mapLength, protection, sharing, (int)file.DangerousGetHandle(), offset - pageOffset);
        }
        finally
        {
            if (added)
            {
                file.DangerousRelease();
            }
        }

        if (start == Posix.MapFailed)
        {
            throw new IOException($"Cannot map {ThrowHelper.Bytes(length)} of '{path}' from byte offset {offset}: mmap failed: {Posix.LastError()}.");
        }

        return new PosixMapping(start, mapLength, start + (nint)pageOffset, access != MapAccess.Read);
    }

    public override void Flush()
    {
        if (Posix.MSync(_start, _length, Posix.MsSync) != 0)
        {
            throw new IOException($"Cannot write the mapped pages back to the file: msync failed: {Posix.LastError()}.");
        }

        GC.KeepAlive(this);
    }

    public override void Release()
    {
        const int flags = Posix.MapPrivate | Posix.MapFixed;
        var zeros = flags | Posix.MapAnonymous | Posix.MapNoReserve;
        var protection = _writable ? Posix.ProtRead | Posix.ProtWrite : Posix.ProtRead;
        if (Posix.MMap(_start, _length, protection, zeros, -1, 0) != _start
            && (!_writable || Posix.MMap(_start, _length, Posix.ProtRead, zeros, -1, 0) != _start))
        {
            // No zero pages to be had (out of memory, or out of mappings): unmap, as MemoryMappedFile does, so the file
            // is still released. Records kept past Dispose are then unprotected, as on platforms without this class.
            _ = Posix.MUnmap(_start, _length);
            _unmapped = true;
            return;
        }

        var units = 1 + (long)(_length / BytesPerUnit);
        if (Interlocked.Add(ref s_retiredSinceCollect, units) >= RetiredBudget)
        {
            Volatile.Write(ref s_retiredSinceCollect, 0);
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: false);
        }

        // Until the replacement is in place, the finalizer must not run (it would unmap under the mmap call).
        GC.KeepAlive(this);
    }
}
