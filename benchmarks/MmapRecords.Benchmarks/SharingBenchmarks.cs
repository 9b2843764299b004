using System;
using System.IO;
using System.IO.MemoryMappedFiles;
using System.Threading;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace MmapRecords.Benchmarks;

/// <summary>A counter shared between processes: one 8-byte slot, handed out by reference.</summary>
[Record(Size = 8)]
public readonly partial struct SharedSlot
{
    /// <summary>The counter, for Interlocked and Volatile.</summary>
    [Field(0)] public partial ref long Value { get; }
}

/// <summary>The same 8 bytes as a plain value field.</summary>
[Record(Size = 8)]
public readonly partial struct PlainSlot
{
    /// <summary>The counter, read with a plain load.</summary>
    [Field(0)] public partial long Value { get; }
}

/// <summary>
/// Ref fields against hand-written pointer code over the same ReadWrite mapping of a 64 MB file of longs:
/// Interlocked.Increment through a record's ref (4,096 slots, 256 rounds: 1,048,576 increments, the slots stay in
/// cache) and a scan of all 8,388,608 slots with Volatile.Read against a plain one. Each category has its own
/// baseline, the long* loop.
/// </summary>
[BenchmarkCategory("Sharing")]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public unsafe class SharingBenchmarks
{
    public const int Slots = 8 * 1024 * 1024;
    public const int HotSlots = 4096;
    public const int Rounds = 256;

    private string _path = "";
    private MappedFile? _file;
    private RecordView<SharedSlot> _shared;
    private RecordView<PlainSlot> _plain;
    private MemoryMappedFile? _mapping;
    private MemoryMappedViewAccessor? _accessor;
    private long* _pointer;

    [GlobalSetup]
    public void Setup()
    {
        Directory.CreateDirectory(BenchData.Directory);
        _path = Path.Combine(BenchData.Directory, "shared-slots.bin");
        File.Delete(_path);
        using (var create = MappedFile.Create(_path, (long)Slots * sizeof(long)))
        {
            var slots = create.View<SharedSlot>();
            for (var i = 0; i < Slots; i++)
            {
                slots[i].Value = i % 1000;
            }
        }

        _file = MappedFile.Open(_path, MapAccess.ReadWrite);
        _shared = _file.View<SharedSlot>();
        _plain = _file.View<PlainSlot>();
        _mapping = MemoryMappedFile.CreateFromFile(_path, FileMode.Open, mapName: null, capacity: 0, MemoryMappedFileAccess.ReadWrite);
        _accessor = _mapping.CreateViewAccessor(0, 0, MemoryMappedFileAccess.ReadWrite);
        byte* pointer = null;
        _accessor.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
        _pointer = (long*)(pointer + _accessor.PointerOffset);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _accessor?.SafeMemoryMappedViewHandle.ReleasePointer();
        _accessor?.Dispose();
        _mapping?.Dispose();
        _file?.Dispose();
        File.Delete(_path);
    }

    [Benchmark(Baseline = true, Description = "Interlocked.Increment on long*")]
    [BenchmarkCategory("Increment")]
    public long Increment_Pointer()
    {
        var pointer = _pointer;
        long last = 0;
        for (var round = 0; round < Rounds; round++)
        {
            for (var i = 0; i < HotSlots; i++)
            {
                last += Interlocked.Increment(ref pointer[i]);
            }
        }

        return last;
    }

    [Benchmark(Description = "Interlocked.Increment on a record's ref")]
    [BenchmarkCategory("Increment")]
    public long Increment_RecordRef()
    {
        long last = 0;
        var hot = _shared.Slice(0, HotSlots);
        for (var round = 0; round < Rounds; round++)
        {
            foreach (var slot in hot)
            {
                last += Interlocked.Increment(ref slot.Value);
            }
        }

        return last;
    }

    [Benchmark(Baseline = true, Description = "plain scan, long*")]
    [BenchmarkCategory("Scan")]
    public long Scan_Pointer()
    {
        var pointer = _pointer;
        long sum = 0;
        for (var i = 0; i < Slots; i++)
        {
            sum += pointer[i];
        }

        return sum;
    }

    [Benchmark(Description = "plain scan, record property")]
    [BenchmarkCategory("Scan")]
    public long Scan_RecordPlain()
    {
        long sum = 0;
        foreach (var slot in _plain)
        {
            sum += slot.Value;
        }

        return sum;
    }

    [Benchmark(Description = "Volatile.Read scan, record ref")]
    [BenchmarkCategory("Scan")]
    public long Scan_RecordVolatile()
    {
        long sum = 0;
        foreach (var slot in _shared)
        {
            sum += Volatile.Read(ref slot.Value);
        }

        return sum;
    }

    [Benchmark(Description = "Volatile.Read scan, long*")]
    [BenchmarkCategory("Scan")]
    public long Scan_PointerVolatile()
    {
        var pointer = _pointer;
        long sum = 0;
        for (var i = 0; i < Slots; i++)
        {
            sum += Volatile.Read(ref pointer[i]);
        }

        return sum;
    }
}
