using System;
using System.Buffers.Binary;
using System.IO;
using System.IO.MemoryMappedFiles;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;
using Microsoft.Win32.SafeHandles;

namespace MmapRecords.Benchmarks;

/// <summary>1,000,000 reads at random indexes (fixed seed) of the 1 GB vertex file, summing as the scan does.</summary>
[BenchmarkCategory("Random")]
public unsafe class RandomReadBenchmarks
{
    public const int Reads = 1_000_000;
    public const int Seed = 20261125;

    private string _path = "";
    private long[] _indexes = [];
    private MappedFile? _file;
    private RecordView<Vertex> _view;
    private MemoryMappedFile? _mapping;
    private MemoryMappedViewAccessor? _accessor;
    private byte* _pointer;
    private SafeFileHandle? _handle;

    [GlobalSetup]
    public void Setup()
    {
        _path = BenchData.VerticesFile();
        _file = MappedFile.Open(_path);
        _view = _file.View<Vertex>();
        var random = new Random(Seed);
        _indexes = new long[Reads];
        for (var i = 0; i < Reads; i++)
        {
            _indexes[i] = random.NextInt64(_view.Count);
        }

        _mapping = MemoryMappedFile.CreateFromFile(_path, FileMode.Open, mapName: null, capacity: 0, MemoryMappedFileAccess.Read);
        _accessor = _mapping.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read);
        byte* pointer = null;
        _accessor.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
        _pointer = pointer + _accessor.PointerOffset;
        _handle = File.OpenHandle(_path);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _accessor?.SafeMemoryMappedViewHandle.ReleasePointer();
        _accessor?.Dispose();
        _mapping?.Dispose();
        _file?.Dispose();
        _handle?.Dispose();
    }

    [Benchmark(Description = "MmapRecords indexer")]
    public (double, ulong) Generated_Indexer() => GeneratedScans.Random(_view, _indexes);

    [Benchmark(Baseline = true, Description = "byte* (hand-written)")]
    public (double, ulong) BytePointer()
    {
        double xyz = 0;
        ulong rgb = 0;
        foreach (var index in _indexes)
        {
            var p = _pointer + (index * BenchData.Stride);
            xyz += (double)*(float*)p + *(float*)(p + 4) + *(float*)(p + 8);
            rgb += (ulong)(*(ushort*)(p + 12) + *(ushort*)(p + 14) + *(ushort*)(p + 16));
        }

        return (xyz, rgb);
    }

    [Benchmark(Description = "MemoryMappedViewAccessor per field")]
    public (double, ulong) Accessor_PerField()
    {
        double xyz = 0;
        ulong rgb = 0;
        var accessor = _accessor!;
        foreach (var index in _indexes)
        {
            var position = index * BenchData.Stride;
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
        foreach (var index in _indexes)
        {
            accessor.Read(index * BenchData.Stride, out BenchData.RawVertex v);
            xyz += (double)v.X + v.Y + v.Z;
            rgb += (ulong)(v.Red + v.Green + v.Blue);
        }

        return (xyz, rgb);
    }

    [Benchmark(Description = "FileStream + BinaryReader (seek)")]
    public (double, ulong) FileStream_BinaryReader()
    {
        double xyz = 0;
        ulong rgb = 0;
        using var stream = File.OpenRead(_path);
        using var reader = new BinaryReader(stream);
        foreach (var index in _indexes)
        {
            stream.Position = index * BenchData.Stride;
            xyz += (double)reader.ReadSingle() + reader.ReadSingle() + reader.ReadSingle();
            rgb += (ulong)(reader.ReadUInt16() + reader.ReadUInt16() + reader.ReadUInt16());
        }

        return (xyz, rgb);
    }

    [Benchmark(Description = "RandomAccess.Read (pread) + BinaryPrimitives")]
    public (double, ulong) RandomAccess_Read()
    {
        double xyz = 0;
        ulong rgb = 0;
        Span<byte> r = stackalloc byte[18];
        var handle = _handle!;
        foreach (var index in _indexes)
        {
            RandomAccess.Read(handle, r, index * BenchData.Stride);
            xyz += (double)BinaryPrimitives.ReadSingleLittleEndian(r) + BinaryPrimitives.ReadSingleLittleEndian(r[4..]) + BinaryPrimitives.ReadSingleLittleEndian(r[8..]);
            rgb += (ulong)(BinaryPrimitives.ReadUInt16LittleEndian(r[12..]) + BinaryPrimitives.ReadUInt16LittleEndian(r[14..]) + BinaryPrimitives.ReadUInt16LittleEndian(r[16..]));
        }

        return (xyz, rgb);
    }

    [Benchmark(Description = "File.ReadAllBytes + MemoryMarshal")]
    public (double, ulong) ReadAllBytes_MemoryMarshal()
    {
        double xyz = 0;
        ulong rgb = 0;
        var records = MemoryMarshal.Cast<byte, BenchData.RawVertexStride>(File.ReadAllBytes(_path));
        foreach (var index in _indexes)
        {
            ref readonly var v = ref records[checked((int)index)].Vertex;
            xyz += (double)v.X + v.Y + v.Z;
            rgb += (ulong)(v.Red + v.Green + v.Blue);
        }

        return (xyz, rgb);
    }
}
