using System;
using System.Buffers.Binary;
using System.IO;
using System.IO.MemoryMappedFiles;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;

namespace MmapRecords.Benchmarks;

/// <summary>Open a 20-record file, read record 7, close: the fixed cost of each approach.</summary>
[BenchmarkCategory("SmallFile")]
public unsafe class SmallFileBenchmarks
{
    public const int Records = 20;
    public const int Index = 7;

    private string _path = "";

    [GlobalSetup]
    public void Setup() => _path = BenchData.VerticesFile(Records);

    [Benchmark(Description = "MmapRecords Open + view[7] + Dispose")]
    public (double, ulong) Generated()
    {
        using var file = MappedFile.Open(_path);
        var vertex = file.View<Vertex>()[Index];
        var position = vertex.Position;
        var color = vertex.Color;
        return ((double)position.X + position.Y + position.Z, (ulong)(color.Red + color.Green + color.Blue));
    }

    [Benchmark(Description = "MmapRecords Load + view[7] + Dispose")]
    public (double, ulong) GeneratedLoad()
    {
        using var file = MappedFile.Load(_path);
        var vertex = file.View<Vertex>()[Index];
        var position = vertex.Position;
        var color = vertex.Color;
        return ((double)position.X + position.Y + position.Z, (ulong)(color.Red + color.Green + color.Blue));
    }

    [Benchmark(Baseline = true, Description = "byte* over AcquirePointer (hand-written)")]
    public (double, ulong) BytePointer()
    {
        using var mapping = MemoryMappedFile.CreateFromFile(_path, FileMode.Open, mapName: null, capacity: 0, MemoryMappedFileAccess.Read);
        using var accessor = mapping.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read);
        byte* pointer = null;
        accessor.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
        try
        {
            var p = pointer + accessor.PointerOffset + (Index * BenchData.Stride);
            return ((double)*(float*)p + *(float*)(p + 4) + *(float*)(p + 8), (ulong)(*(ushort*)(p + 12) + *(ushort*)(p + 14) + *(ushort*)(p + 16)));
        }
        finally
        {
            accessor.SafeMemoryMappedViewHandle.ReleasePointer();
        }
    }

    [Benchmark(Description = "File.ReadAllBytes + MemoryMarshal")]
    public (double, ulong) ReadAllBytes_MemoryMarshal()
    {
        var records = MemoryMarshal.Cast<byte, BenchData.RawVertexStride>(File.ReadAllBytes(_path));
        ref readonly var v = ref records[Index].Vertex;
        return ((double)v.X + v.Y + v.Z, (ulong)(v.Red + v.Green + v.Blue));
    }

    [Benchmark(Description = "FileStream + BinaryReader")]
    public (double, ulong) FileStream_BinaryReader()
    {
        using var stream = File.OpenRead(_path);
        using var reader = new BinaryReader(stream);
        stream.Position = Index * BenchData.Stride;
        return ((double)reader.ReadSingle() + reader.ReadSingle() + reader.ReadSingle(), (ulong)(reader.ReadUInt16() + reader.ReadUInt16() + reader.ReadUInt16()));
    }

    [Benchmark(Description = "File.OpenHandle + RandomAccess.Read")]
    public (double, ulong) RandomAccess_Read()
    {
        Span<byte> r = stackalloc byte[18];
        using (var handle = File.OpenHandle(_path))
        {
            RandomAccess.Read(handle, r, Index * BenchData.Stride);
        }

        return ((double)BinaryPrimitives.ReadSingleLittleEndian(r) + BinaryPrimitives.ReadSingleLittleEndian(r[4..]) + BinaryPrimitives.ReadSingleLittleEndian(r[8..]),
            (ulong)(BinaryPrimitives.ReadUInt16LittleEndian(r[12..]) + BinaryPrimitives.ReadUInt16LittleEndian(r[14..]) + BinaryPrimitives.ReadUInt16LittleEndian(r[16..])));
    }

    [Benchmark(Description = "MemoryMappedViewAccessor Read<T>")]
    public (double, ulong) Accessor_ReadT()
    {
        using var mapping = MemoryMappedFile.CreateFromFile(_path, FileMode.Open, mapName: null, capacity: 0, MemoryMappedFileAccess.Read);
        using var accessor = mapping.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read);
        accessor.Read(Index * BenchData.Stride, out BenchData.RawVertex v);
        return ((double)v.X + v.Y + v.Z, (ulong)(v.Red + v.Green + v.Blue));
    }
}
