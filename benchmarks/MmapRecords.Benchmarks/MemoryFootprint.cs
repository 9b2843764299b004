using System;
using System.Buffers.Binary;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.IO.MemoryMappedFiles;
using System.Linq;
using System.Runtime.InteropServices;

namespace MmapRecords.Benchmarks;

/// <summary>
/// Peak resident memory (VmHWM) of a process that reads 10,000 random records from a sparse file, per approach.
/// Each approach runs in a fresh child process; the sparse files are deleted afterwards.
/// </summary>
internal static class MemoryFootprint
{
    private const int Reads = 10_000;
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static int Run(ReadOnlySpan<string> args)
    {
        var gigabytes = args.Length > 0 ? long.Parse(args[0], Invariant) : 8;
        Directory.CreateDirectory(BenchData.Directory);
        var big = Path.Combine(BenchData.Directory, $"sparse-{gigabytes}g.bin");
        // File.ReadAllBytes cannot hold more than Array.MaxLength bytes: the read-into-memory approaches get a
        // 1 GB sparse file, and their numbers scale with the file size.
        var oneGigabyte = Path.Combine(BenchData.Directory, "sparse-1g.bin");
        MakeSparse(big, gigabytes << 30);
        MakeSparse(oneGigabyte, 1L << 30);
        try
        {
            Console.WriteLine("| approach | file | peak resident (VmHWM) | resident at end (VmRSS) | of which file-backed (RssFile) | of which anonymous (RssAnon) |");
            Console.WriteLine("|---|---|---:|---:|---:|---:|");
            foreach (var (approach, path) in new[]
            {
                ("idle", big),
                ("mmaprecords", big),
                ("mmaprecords-madv-random", big),
                ("accessor", big),
                ("randomaccess", big),
                ("mmaprecords", oneGigabyte),
                ("readallbytes", oneGigabyte),
                ("filestream-to-native", oneGigabyte),
            })
            {
                var start = new ProcessStartInfo(Environment.ProcessPath!, ["memory-child", approach, path]) { RedirectStandardOutput = true };
                using var child = Process.Start(start)!;
                var output = child.StandardOutput.ReadToEnd().Trim();
                child.WaitForExit();
                Console.WriteLine($"| {approach} | {new FileInfo(path).Length >> 30} GiB sparse | {output} |");
            }
        }
        finally
        {
            File.Delete(big);
            File.Delete(oneGigabyte);
        }

        return 0;
    }

    private static void MakeSparse(string path, long length)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write);
        stream.SetLength(length);
        // A real record at the very end, so the last page is data.
        Span<byte> record = stackalloc byte[BenchData.Stride];
        BenchData.WriteRecord(record, 1);
        stream.Position = length - BenchData.Stride;
        stream.Write(record);
    }

    public static unsafe int Child(string approach, string path)
    {
        var length = new FileInfo(path).Length;
        var count = length / BenchData.Stride;
        var random = new Random(RandomReadBenchmarks.Seed);
        var indexes = Enumerable.Range(0, Reads).Select(_ => random.NextInt64(count)).ToArray();
        double sum = 0;
        switch (approach)
        {
            case "idle":
                break;
            case "mmaprecords":
                using (var file = MappedFile.Open(path))
                {
                    var view = file.View<Vertex>();
                    foreach (var index in indexes)
                    {
                        var v = view[index];
                        sum += v.Position.X + v.Color.Red;
                    }

                    Report(sum);
                }

                return 0;
            case "mmaprecords-madv-random":
                using (var file = MappedFile.Open(path))
                {
                    var view = file.View<Vertex>();
                    // The hint a random reader gives the kernel: no read-ahead around each fault.
                    var first = view[0];
                    var start = AddressOf(first) & ~(nint)4095;
                    if (Madvise(start, (nuint)(AddressOf(first) - start + length), MadvRandom) != 0)
                    {
                        Console.Error.WriteLine($"madvise failed: {Marshal.GetLastPInvokeError()}");
                    }

                    foreach (var index in indexes)
                    {
                        var v = view[index];
                        sum += v.Position.X + v.Color.Red;
                    }

                    Report(sum);
                }

                return 0;
            case "accessor":
                using (var mapping = MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, 0, MemoryMappedFileAccess.Read))
                using (var accessor = mapping.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read))
                {
                    foreach (var index in indexes)
                    {
                        accessor.Read(index * BenchData.Stride, out BenchData.RawVertex v);
                        sum += v.X + v.Red;
                    }

                    Report(sum);
                }

                return 0;
            case "randomaccess":
                using (var handle = File.OpenHandle(path))
                {
                    Span<byte> r = stackalloc byte[18];
                    foreach (var index in indexes)
                    {
                        RandomAccess.Read(handle, r, index * BenchData.Stride);
                        sum += BinaryPrimitives.ReadSingleLittleEndian(r) + BinaryPrimitives.ReadUInt16LittleEndian(r[12..]);
                    }
                }

                break;
            case "readallbytes":
                {
                    var records = MemoryMarshal.Cast<byte, BenchData.RawVertexStride>(File.ReadAllBytes(path));
                    foreach (var index in indexes)
                    {
                        sum += records[(int)index].Vertex.X + records[(int)index].Vertex.Red;
                    }

                    Report(sum);
                    GC.KeepAlive(records.Length);
                    return 0;
                }

            case "filestream-to-native":
                {
                    // Reading the whole file into one native buffer: what a reader of files over 2 GB must do.
                    var buffer = (byte*)NativeMemory.Alloc((nuint)length);
                    try
                    {
                        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
                        stream.ReadExactly(new Span<byte>(buffer, (int)Math.Min(length, int.MaxValue)));
                        for (long done = int.MaxValue; done < length; done += int.MaxValue)
                        {
                            stream.ReadExactly(new Span<byte>(buffer + done, (int)Math.Min(length - done, int.MaxValue)));
                        }

                        foreach (var index in indexes)
                        {
                            sum += *(float*)(buffer + (index * BenchData.Stride)) + *(ushort*)(buffer + (index * BenchData.Stride) + 12);
                        }

                        Report(sum);
                    }
                    finally
                    {
                        NativeMemory.Free(buffer);
                    }

                    return 0;
                }

            default:
                Console.Error.WriteLine($"unknown approach {approach}");
                return 2;
        }

        Report(sum);
        return 0;
    }

    private const int MadvRandom = 1;

    [DllImport("libc", EntryPoint = "madvise", SetLastError = true)]
    private static extern int Madvise(nint address, nuint length, int advice);

    private static nint AddressOf<T>(T record) where T : struct, IRecord<T> => record.Address;

    private static void Report(double sum)
    {
        GC.KeepAlive(sum);
        var status = File.ReadAllLines("/proc/self/status");
        string Field(string name) => status.First(l => l.StartsWith(name + ":", StringComparison.Ordinal))[(name.Length + 1)..].Trim();
        Console.Write($"{Megabytes(Field("VmHWM"))} | {Megabytes(Field("VmRSS"))} | {Megabytes(Field("RssFile"))} | {Megabytes(Field("RssAnon"))}");
    }

    private static string Megabytes(string kilobytes) =>
        (long.Parse(kilobytes.Split(' ')[0], Invariant) / 1024.0).ToString("N1", Invariant) + " MiB";
}
