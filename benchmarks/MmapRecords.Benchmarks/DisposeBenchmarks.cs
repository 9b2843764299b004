using System.IO;
using System.IO.MemoryMappedFiles;
using BenchmarkDotNet.Attributes;

namespace MmapRecords.Benchmarks;

/// <summary>
/// What opening, reading one record and disposing costs. MmapRecords maps with <c>mmap</c> and, on Dispose, swaps the
/// file's pages for zero pages over the same range (one more <c>mmap</c> call), which a finalizer unmaps later (and every
/// 1,024 disposed ranges Dispose starts a background collection: both are part of what this measures, amortized). The
/// baseline is what <c>MappedFile</c> did before, through <see cref="MemoryMappedFile"/> (a FileStream, CreateFromFile,
/// a view accessor, AcquirePointer), which unmaps at once.
/// </summary>
[BenchmarkCategory("Dispose")]
[MemoryDiagnoser]
public unsafe class DisposeBenchmarks
{
    private string _path = "";

    /// <summary>One page (20 records) or 64 MiB (3,355,443 records); the record read is in the middle.</summary>
    [Params(20, 3_355_443)]
    public int Records { get; set; }

    [GlobalSetup]
    public void Setup() => _path = BenchData.VerticesFile(Records);

    [Benchmark(Baseline = true, Description = "MemoryMappedFile open + read + dispose (the previous MappedFile)")]
    public (double, ulong) MemoryMappedFileOpenReadDispose()
    {
        using var stream = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.None);
        using var mapping = MemoryMappedFile.CreateFromFile(stream, mapName: null, capacity: 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: true);
        using var accessor = mapping.CreateViewAccessor(0, stream.Length, MemoryMappedFileAccess.Read);
        byte* pointer = null;
        accessor.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
        try
        {
            var p = pointer + accessor.PointerOffset + ((long)(Records / 2) * BenchData.Stride);
            return ((double)*(float*)p + *(float*)(p + 4) + *(float*)(p + 8), (ulong)(*(ushort*)(p + 12) + *(ushort*)(p + 14) + *(ushort*)(p + 16)));
        }
        finally
        {
            accessor.SafeMemoryMappedViewHandle.ReleasePointer();
        }
    }

    [Benchmark(Description = "MmapRecords Open + view[n/2] + Dispose")]
    public (double, ulong) OpenReadDispose()
    {
        using var file = MappedFile.Open(_path);
        var vertex = file.View<Vertex>()[Records / 2];
        var position = vertex.Position;
        var color = vertex.Color;
        return ((double)position.X + position.Y + position.Z, (ulong)(color.Red + color.Green + color.Blue));
    }
}
