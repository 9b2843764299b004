extern alias Checked;

using System;
using System.Buffers.Binary;
using System.IO;
using System.IO.MemoryMappedFiles;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using BenchmarkDotNet.Attributes;
using CheckedScans = Checked::MmapRecords.Benchmarks.GeneratedScans;
using CheckedVertex = Checked::MmapRecords.Benchmarks.Vertex;

namespace MmapRecords.Benchmarks;

/// <summary>
/// A full scan of the vertex file (1 GB, warm in the page cache): sum(x+y+z) as double and sum(red+green+blue)
/// as ulong, by every way .NET offers to read such a file. The hand-written byte* loop is the baseline.
/// </summary>
[BenchmarkCategory("Scan")]
public unsafe class ScanBenchmarks
{
    private string _path = "";
    private long _count;
    private MappedFile? _file;
    private MappedFile? _copyOnWrite;
    private RecordView<Vertex> _view;
    private RecordView<CheckedVertex> _checkedView;
    private RecordView<Vertex> _writableView;
    private RecordView<Vertex> _stridedView;
    private RecordView<VariableVertex> _littleView;
    private RecordView<VariableVertex> _bigView;
    private RecordView<BigVertex> _fixedBigView;
    private MappedFile? _bigFile;
    private MemoryMappedFile? _mapping;
    private MemoryMappedViewAccessor? _accessor;
    private byte* _pointer;
    private byte* _writablePointer;

    [GlobalSetup]
    public void Setup()
    {
        _path = BenchData.VerticesFile();
        _file = MappedFile.Open(_path);
        _view = _file.View<Vertex>();
        _checkedView = _file.View<CheckedVertex>();
        _count = _view.Count;
        _stridedView = _file.View<Vertex>(0, _count, BenchData.Stride);
        _littleView = _file.View<VariableVertex>(0, _count, ByteOrder.LittleEndian);
        _bigFile = MappedFile.Open(BenchData.BigEndianVerticesFile(_path));
        _bigView = _bigFile.View<VariableVertex>(0, _count, ByteOrder.BigEndian);
        _fixedBigView = _bigFile.View<BigVertex>();
        _copyOnWrite = MappedFile.Open(_path, MapAccess.CopyOnWrite);
        _writableView = _copyOnWrite.View<Vertex>();
        _writablePointer = (byte*)AddressOf(_writableView[0]);

        _mapping = MemoryMappedFile.CreateFromFile(_path, FileMode.Open, mapName: null, capacity: 0, MemoryMappedFileAccess.Read);
        _accessor = _mapping.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read);
        byte* pointer = null;
        _accessor.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
        _pointer = pointer + _accessor.PointerOffset;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _accessor?.SafeMemoryMappedViewHandle.ReleasePointer();
        _accessor?.Dispose();
        _mapping?.Dispose();
        _file?.Dispose();
        _bigFile?.Dispose();
        _copyOnWrite?.Dispose();
    }

    private static nint AddressOf<T>(T record) where T : struct, IRecord<T> => record.Address;

    [Benchmark(Description = "MmapRecords foreach")]
    public (double, ulong) Generated_Foreach() => GeneratedScans.Foreach(_view);

    [Benchmark(Description = "MmapRecords indexed")]
    public (double, ulong) Generated_Indexed() => GeneratedScans.Indexed(_view);

    [Benchmark(Description = "MmapRecords foreach, run-time stride")]
    public (double, ulong) Generated_RunTimeStride() => GeneratedScans.Foreach(_stridedView);

    [Benchmark(Description = "MmapRecords Variable foreach, little-endian")]
    public (double, ulong) Generated_VariableLittle() => GeneratedScans.ForeachVariable(_littleView);

    [Benchmark(Description = "MmapRecords Variable foreach, big-endian file")]
    public (double, ulong) Generated_VariableBig() => GeneratedScans.ForeachVariable(_bigView);

    [Benchmark(Description = "MmapRecords foreach, big-endian file, order fixed at compile time")]
    public (double, ulong) Generated_FixedBig() => GeneratedScans.ForeachBig(_fixedBigView);

    /// <summary>
    /// <see cref="Generated_Foreach"/> again, measured later in the same run: the same compiled method over the same
    /// mapping, so any difference between the two rows is the machine's, not the code's.
    /// </summary>
    [Benchmark(Description = "MmapRecords foreach, again (control)")]
    public (double, ulong) Generated_ForeachControl() => GeneratedScans.Foreach(_view);

    [Benchmark(Description = "MmapRecords foreach, checked (DEBUG)")]
    public (double, ulong) Generated_Checked() => CheckedScans.Foreach(_checkedView);

    [Benchmark(Baseline = true, Description = "byte* loop (hand-written)")]
    public (double, ulong) BytePointer()
    {
        double xyz = 0;
        ulong rgb = 0;
        var p = _pointer;
        var end = _pointer + (_count * BenchData.Stride);
        for (; p < end; p += BenchData.Stride)
        {
            xyz += (double)*(float*)p + *(float*)(p + 4) + *(float*)(p + 8);
            rgb += (ulong)(*(ushort*)(p + 12) + *(ushort*)(p + 14) + *(ushort*)(p + 16));
        }

        return (xyz, rgb);
    }

    /// <summary>
    /// The byte* loop with each float loaded by a load of its own (<c>vmovss</c>), as MmapRecords' accessors load them.
    /// A plain <c>*(float*)p</c> widened to double is folded into <c>vcvtss2sd xmm1, xmm1, [mem]</c>, which merges
    /// into the register's old value and so waits for the previous iteration (a false dependency): this variant
    /// shows how much of the difference between the generated code and the plain loop that accounts for.
    /// </summary>
    [Benchmark(Description = "byte* loop, separate float loads (hand-written)")]
    public (double, ulong) BytePointer_SeparateLoads()
    {
        double xyz = 0;
        ulong rgb = 0;
        var p = _pointer;
        var end = _pointer + (_count * BenchData.Stride);
        for (; p < end; p += BenchData.Stride)
        {
            xyz += (double)Load(p) + Load(p + 4) + Load(p + 8);
            rgb += (ulong)(*(ushort*)(p + 12) + *(ushort*)(p + 14) + *(ushort*)(p + 16));
        }

        return (xyz, rgb);

        static float Load(byte* address) => Vector128.CreateScalar(*(float*)address).ToScalar();
    }

    [Benchmark(Description = "byte* loop + prefetch (hand-written)")]
    public (double, ulong) BytePointer_Prefetch()
    {
        double xyz = 0;
        ulong rgb = 0;
        var p = _pointer;
        var end = _pointer + (_count * BenchData.Stride);
        for (; p < end; p += BenchData.Stride)
        {
            if (Sse.IsSupported && ((nint)p & 4095) < BenchData.Stride)
            {
                Sse.Prefetch0(p + 8192);
            }

            xyz += (double)*(float*)p + *(float*)(p + 4) + *(float*)(p + 8);
            rgb += (ulong)(*(ushort*)(p + 12) + *(ushort*)(p + 14) + *(ushort*)(p + 16));
        }

        return (xyz, rgb);
    }

    [Benchmark(Description = "uint64 sum (bandwidth reference)")]
    public ulong Bandwidth()
    {
        ulong sum = 0;
        var p = (ulong*)_pointer;
        var end = p + (_count * BenchData.Stride / sizeof(ulong));
        for (; p < end; p++)
        {
            sum += *p;
        }

        return sum;
    }

    [Benchmark(Description = "MemoryMappedViewAccessor per field")]
    public (double, ulong) Accessor_PerField()
    {
        double xyz = 0;
        ulong rgb = 0;
        var accessor = _accessor!;
        for (long i = 0, position = 0; i < _count; i++, position += BenchData.Stride)
        {
            xyz += (double)accessor.ReadSingle(position) + accessor.ReadSingle(position + 4) + accessor.ReadSingle(position + 8);
            rgb += (ulong)(accessor.ReadUInt16(position + 12) + accessor.ReadUInt16(position + 14) + accessor.ReadUInt16(position + 16));
        }

        return (xyz, rgb);
    }

    [Benchmark(Description = "MemoryMappedViewAccessor Read<T>")]
    public (double, ulong) Accessor_ReadT()
    {
        double xyz = 0;
        ulong rgb = 0;
        var accessor = _accessor!;
        for (long i = 0, position = 0; i < _count; i++, position += BenchData.Stride)
        {
            accessor.Read(position, out BenchData.RawVertex v);
            xyz += (double)v.X + v.Y + v.Z;
            rgb += (ulong)(v.Red + v.Green + v.Blue);
        }

        return (xyz, rgb);
    }

    [Benchmark(Description = "FileStream + BinaryReader")]
    public (double, ulong) FileStream_BinaryReader()
    {
        double xyz = 0;
        ulong rgb = 0;
        using var reader = new BinaryReader(File.OpenRead(_path));
        for (long i = 0; i < _count; i++)
        {
            xyz += (double)reader.ReadSingle() + reader.ReadSingle() + reader.ReadSingle();
            rgb += (ulong)(reader.ReadUInt16() + reader.ReadUInt16() + reader.ReadUInt16());
            reader.ReadUInt16(); // padding to the stride
        }

        return (xyz, rgb);
    }

    [Benchmark(Description = "FileStream 1 MiB chunks + BinaryPrimitives")]
    public (double, ulong) FileStream_Chunks()
    {
        double xyz = 0;
        ulong rgb = 0;
        const int chunk = 52_428 * BenchData.Stride; // 1 MiB, whole records
        var buffer = new byte[chunk];
        using var stream = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
        int read;
        while ((read = stream.ReadAtLeast(buffer, chunk, throwOnEndOfStream: false)) > 0)
        {
            var span = buffer.AsSpan(0, read);
            for (var offset = 0; offset + BenchData.Stride <= span.Length; offset += BenchData.Stride)
            {
                var r = span.Slice(offset, BenchData.Stride);
                xyz += (double)BinaryPrimitives.ReadSingleLittleEndian(r) + BinaryPrimitives.ReadSingleLittleEndian(r[4..]) + BinaryPrimitives.ReadSingleLittleEndian(r[8..]);
                rgb += (ulong)(BinaryPrimitives.ReadUInt16LittleEndian(r[12..]) + BinaryPrimitives.ReadUInt16LittleEndian(r[14..]) + BinaryPrimitives.ReadUInt16LittleEndian(r[16..]));
            }
        }

        return (xyz, rgb);
    }

    [Benchmark(Description = "File.ReadAllBytes + MemoryMarshal")]
    public (double, ulong) ReadAllBytes_MemoryMarshal()
    {
        double xyz = 0;
        ulong rgb = 0;
        var bytes = File.ReadAllBytes(_path);
        foreach (ref readonly var r in MemoryMarshal.Cast<byte, BenchData.RawVertexStride>(bytes))
        {
            ref readonly var v = ref r.Vertex;
            xyz += (double)v.X + v.Y + v.Z;
            rgb += (ulong)(v.Red + v.Green + v.Blue);
        }

        return (xyz, rgb);
    }

    [Benchmark(Description = "MmapRecords setters (copy-on-write map)")]
    public long Generated_Write() => GeneratedScans.Write(_writableView);

    [Benchmark(Description = "byte* writes (copy-on-write map)")]
    public long BytePointer_Write()
    {
        long written = 0;
        var p = _writablePointer;
        var end = _writablePointer + (_count * BenchData.Stride);
        for (; p < end; p += BenchData.Stride)
        {
            *(float*)p = *(float*)(p + 4);
            *(ushort*)(p + 12) = *(ushort*)(p + 16);
            written++;
        }

        return written;
    }
}
