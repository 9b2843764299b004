using System;
using System.Buffers.Binary;
using System.Globalization;
using System.IO;
using System.Runtime.InteropServices;

namespace MmapRecords.Benchmarks;

/// <summary>
/// The benchmark's data: a file of seed vertices (18 bytes at a 20-byte stride) written with BinaryPrimitives,
/// made once and reused. <c>MMR_BENCH_DIR</c> picks the folder (default: the temp folder), <c>MMR_BENCH_RECORDS</c>
/// the number of records (default 50,000,000: 1 GB).
/// </summary>
public static class BenchData
{
    public const int Stride = 20;
    public const long DefaultRecords = 50_000_000;

    public static string Directory =>
        Environment.GetEnvironmentVariable("MMR_BENCH_DIR") is { Length: > 0 } dir ? dir : Path.Combine(Path.GetTempPath(), "mmrecords-bench");

    public static long Records =>
        Environment.GetEnvironmentVariable("MMR_BENCH_RECORDS") is { Length: > 0 } text ? long.Parse(text, CultureInfo.InvariantCulture) : DefaultRecords;

    /// <summary>The data file with <see cref="Records"/> records, made if missing or wrong.</summary>
    public static string VerticesFile() => VerticesFile(Records);

    public static string VerticesFile(long records)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var path = Path.Combine(Directory, $"vertices-{records.ToString(CultureInfo.InvariantCulture)}.bin");
        if (!IsValid(path, records))
        {
            Write(path, records);
        }

        return path;
    }

    /// <summary>The values of record <paramref name="i"/>: exact in float, varied, no NaN or denormal.</summary>
    public static (float X, float Y, float Z, ushort Red, ushort Green, ushort Blue) Values(long i) =>
        ((i % 1000) * 0.25f, (i % 777) * -0.5f, (i % 13) + 0.125f, (ushort)i, (ushort)(i * 7), (ushort)(i * 13));

    public static void WriteRecord(Span<byte> record, long i)
    {
        var (x, y, z, red, green, blue) = Values(i);
        BinaryPrimitives.WriteSingleLittleEndian(record[0..], x);
        BinaryPrimitives.WriteSingleLittleEndian(record[4..], y);
        BinaryPrimitives.WriteSingleLittleEndian(record[8..], z);
        BinaryPrimitives.WriteUInt16LittleEndian(record[12..], red);
        BinaryPrimitives.WriteUInt16LittleEndian(record[14..], green);
        BinaryPrimitives.WriteUInt16LittleEndian(record[16..], blue);
        record[18..Stride].Clear();
    }

    private static bool IsValid(string path, long records)
    {
        var info = new FileInfo(path);
        if (!info.Exists || info.Length != records * Stride)
        {
            return false;
        }

        // The first and the last record must be what Write puts there.
        Span<byte> expected = stackalloc byte[Stride];
        Span<byte> actual = stackalloc byte[Stride];
        using var handle = File.OpenHandle(path);
        foreach (var i in new[] { 0, records - 1 })
        {
            WriteRecord(expected, i);
            if (RandomAccess.Read(handle, actual, i * Stride) != Stride || !actual.SequenceEqual(expected))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The vertices file with every field byte-swapped (the same values, big-endian), next to <paramref name="littlePath"/>;
    /// made with <see cref="BinaryPrimitives"/> if missing or of the wrong length.
    /// </summary>
    public static string BigEndianVerticesFile(string littlePath)
    {
        var path = littlePath + ".be";
        var length = new FileInfo(littlePath).Length;
        if (File.Exists(path) && new FileInfo(path).Length == length)
        {
            return path;
        }

        Console.Error.WriteLine($"// making {path} (big-endian copy)");
        var temporary = path + ".partial";
        const int chunk = Stride * 52_428;
        var buffer = new byte[chunk];
        using (var source = new FileStream(littlePath, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0))
        using (var target = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0))
        {
            int read;
            while ((read = source.ReadAtLeast(buffer, chunk, throwOnEndOfStream: false)) > 0)
            {
                for (var offset = 0; offset + 18 <= read; offset += Stride)
                {
                    var record = buffer.AsSpan(offset, 18);
                    for (var f = 0; f < 12; f += 4)
                    {
                        BinaryPrimitives.WriteUInt32BigEndian(record[f..], BinaryPrimitives.ReadUInt32LittleEndian(record[f..]));
                    }

                    for (var c = 12; c < 18; c += 2)
                    {
                        BinaryPrimitives.WriteUInt16BigEndian(record[c..], BinaryPrimitives.ReadUInt16LittleEndian(record[c..]));
                    }
                }

                target.Write(buffer, 0, read);
            }
        }

        File.Move(temporary, path, overwrite: true);
        return path;
    }

    private static void Write(string path, long records)
    {
        Console.Error.WriteLine($"// making {path} ({records} records)");
        const int chunkRecords = 52_428; // 1,048,560 bytes
        var buffer = new byte[chunkRecords * Stride];
        var temporary = path + ".partial";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0))
        {
            for (long first = 0; first < records; first += chunkRecords)
            {
                var n = (int)Math.Min(chunkRecords, records - first);
                for (var k = 0; k < n; k++)
                {
                    WriteRecord(buffer.AsSpan(k * Stride, Stride), first + k);
                }

                stream.Write(buffer, 0, n * Stride);
            }
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>A record as plain C# lays it out by hand: 18 bytes, packed (for MemoryMappedViewAccessor.Read&lt;T&gt;).</summary>
    [StructLayout(LayoutKind.Sequential, Pack = 1)]
    public struct RawVertex
    {
        public float X;
        public float Y;
        public float Z;
        public ushort Red;
        public ushort Green;
        public ushort Blue;
    }

    /// <summary>A record with its 2 padding bytes: 20 bytes, so an array of them is the file (MemoryMarshal.Cast).</summary>
    [StructLayout(LayoutKind.Sequential, Pack = 1)]
    public struct RawVertexStride
    {
        public RawVertex Vertex;
        public ushort Padding;
    }
}
