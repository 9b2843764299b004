// Records and spans kept past their file's Dispose, on purpose: these scenarios show what they read and write in a
// Release build, where generated getters do not check. The analyzer is right to flag every such use.
#pragma warning disable MMR100, MMR101

using System.Buffers.Binary;
using System.Globalization;
using MmapRecords;

namespace MmapRecords.Runtime.Child;

/// <summary>Scenarios for records, views and spans that outlive their <see cref="MappedFile"/> (docs/runtime-safety.md).</summary>
internal static class StaleRecords
{
    // 5,000 Entry records of 16 bytes: 80,000 bytes, 20 pages. Every 32-bit value in a table file carries its file's
    // marker in the top 12 bits, so any stale read that is not zero says whose bytes it saw.
    private const int Records = 5000;
    private const uint DisposedMarker = 0xD1500000;
    private const uint OtherMarker = 0x0E000000;

    /// <summary>
    /// A file is disposed while records of it are kept in locals; the file is truncated and deleted; then other files
    /// of the same size are opened, read and disposed 2,000 times (the address range freed by an unmap is where the
    /// kernel would put the next one), with collections and finalizers run, while the stale records are read.
    /// </summary>
    public static void KeptWhileOtherFilesAreRead(string directory, MapAccess access)
    {
        var disposed = Path.Combine(directory, "disposed.bin");
        WriteTable(disposed, DisposedMarker);
        var others = new string[4];
        for (var i = 0; i < others.Length; i++)
        {
            others[i] = Path.Combine(directory, $"other-{i}.bin");
            WriteTable(others[i], OtherMarker | ((uint)i << 16));
        }

        var file = MappedFile.Open(disposed, access);
        var view = file.View<Entry>();
        var first = view[0];
        var last = view[Records - 1];
        var nested = view[1234].Pair;
        var start = AddressOf(first);
        var end = AddressOf(last) + EntryStride;
        Console.WriteLine(Invariant($"before dispose: {first.Id:X8} {last.Id:X8} {nested.Left:X8}"));
        file.Dispose();

        Console.WriteLine($"maps naming the file: {MapsNaming(disposed)}");
        Console.WriteLine($"descriptors of the file: {DescriptorsOf(disposed)}");
        Console.WriteLine($"stale range: {Describe(start, end)}");

        // Released: an exclusive lock is granted, the file can be cut to nothing (touching its old pages would now be
        // SIGBUS) and deleted.
        using (var writer = new FileStream(disposed, FileMode.Open, FileAccess.Write, FileShare.None))
        {
            writer.SetLength(0);
        }

        File.Delete(disposed);
        Console.WriteLine(Invariant($"after truncate and delete: {first.Id:X8} {last.Id:X8} {nested.Left:X8} {nested.Right:X8}"));

        var seen = new Dictionary<string, int> { ["zero"] = 0, ["the disposed file's bytes"] = 0, ["another file's bytes"] = 0, ["other bytes"] = 0 };
        var overlapping = 0;
        var wrong = 0;
        for (var i = 0; i < 2000; i++)
        {
            using (var other = MappedFile.Open(others[i % others.Length], (MapAccess)(i % 3)))
            {
                var records = other.View<Entry>();
                var otherStart = AddressOf(records[0]);
                if (otherStart < end && otherStart + (Records * EntryStride) > start)
                {
                    overlapping++;
                }

                if (records[i].Id != (OtherMarker | ((uint)(i % others.Length) << 16) | (uint)i))
                {
                    wrong++;
                }

                foreach (var value in new[] { first.Id, last.Id, (uint)nested.Left, (uint)nested.Right })
                {
                    seen[Classify(value)]++;
                }
            }

            if (i % 100 == 99)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
            }
        }

        Console.WriteLine($"other files' mappings overlapping the stale range: {overlapping}");
        Console.WriteLine($"other files' records read wrong: {wrong}");
        foreach (var (what, count) in seen)
        {
            Console.WriteLine($"stale reads of {what}: {count}");
        }

        Console.WriteLine($"stale range at the end: {Describe(start, end)}");
    }

    /// <summary>Spans taken before Dispose: what a stale write does, and what a stale read of a read-only span sees.</summary>
    public static void Spans(string path)
    {
        foreach (var access in new[] { MapAccess.ReadWrite, MapAccess.CopyOnWrite })
        {
            var file = MappedFile.Open(path, access);
            var values = file.Read<Quad>(0).Values;
            file.Dispose();
            Console.WriteLine($"{access} stale span reads: {string.Join(' ', values.ToArray())}");
            values[0] = 42;
            values[3] = -7;
            Console.WriteLine($"{access} stale span after writing: {string.Join(' ', values.ToArray())}");
        }

        var readOnly = MappedFile.Open(path);
        var readOnlyValues = readOnly.Read<ReadOnlyQuad>(0).Values;
        readOnly.Dispose();
        Console.WriteLine($"Read stale read-only span reads: {string.Join(' ', readOnlyValues.ToArray())}");

        var loaded = MappedFile.Load(path);
        var loadedValues = loaded.Read<ReadOnlyQuad>(0).Values;
        loaded.Dispose();
        Console.WriteLine($"Load stale read-only span reads: {string.Join(' ', loadedValues.ToArray())}");

        using var again = MappedFile.Open(path);
        Console.WriteLine($"file reads: {string.Join(' ', again.Read<ReadOnlyQuad>(0).Values.ToArray())}");
    }

    /// <summary>
    /// 2,000 open, read, dispose cycles of 1 MiB files, keeping the last three records of disposed files in an array:
    /// the address space the disposed ranges keep, sampled during the loop and measured after a full collection.
    /// </summary>
    public static void Cycles(string directory)
    {
        const int megabyte = 1 << 20;
        const int count = megabyte / EntryStride;
        var files = new string[4];
        for (var i = 0; i < files.Length; i++)
        {
            files[i] = Path.Combine(directory, $"cycle-{i}.bin");
            WriteTable(files[i], OtherMarker | ((uint)i << 16), count);
        }

        var kept = new Entry[3];
        FullCollection();
        var before = VmSizeKiB();
        var peak = before;
        var wrong = 0;
        var staleNonZero = 0;
        for (var i = 0; i < 2000; i++)
        {
            var file = MappedFile.Open(files[i % files.Length]);
            var view = file.View<Entry>();
            var index = (i * 7919) % count;
            if (view[index].Id != (OtherMarker | ((uint)(i % files.Length) << 16) | (uint)(index & 0xFFFF)))
            {
                wrong++;
            }

            kept[i % kept.Length] = view[index];
            file.Dispose();
            foreach (var record in kept.AsSpan(0, Math.Min(i + 1, kept.Length)))
            {
                if (record.Id != 0 || record.Pair.Left != 0)
                {
                    staleNonZero++;
                }
            }

            if (i % 50 == 0)
            {
                peak = Math.Max(peak, VmSizeKiB());
            }
        }

        FullCollection();
        var after = VmSizeKiB();
        var reserved = kept.Count(r => Describe(AddressOf(r), AddressOf(r) + EntryStride).StartsWith("anonymous", StringComparison.Ordinal));
        Console.WriteLine($"records read wrong: {wrong}");
        Console.WriteLine($"stale reads not zero: {staleNonZero}");
        Console.WriteLine($"kept records whose range is still reserved: {reserved}");
        Console.WriteLine($"peak growth KiB: {peak - before}");
        Console.WriteLine($"growth after a full collection KiB: {after - before}");

        // 2,000 cycles over sparse 64 MiB files (125 GiB of ranges in all), without a collection asked for by this
        // program: what Dispose's budget keeps.
        var large = Path.Combine(directory, "large.bin");
        using (var stream = new FileStream(large, FileMode.CreateNew, FileAccess.Write))
        {
            stream.SetLength(64L << 20);
        }

        FullCollection();
        before = VmSizeKiB();
        peak = before;
        for (var i = 0; i < 2000; i++)
        {
            var file = MappedFile.Open(large);
            if (file.View<Entry>()[i * 1000].Id != 0)
            {
                wrong++;
            }

            file.Dispose();
            if (i % 10 == 0)
            {
                peak = Math.Max(peak, VmSizeKiB());
            }
        }

        Console.WriteLine($"64 MiB files read wrong: {wrong}");
        Console.WriteLine($"64 MiB files peak growth KiB: {peak - before}");

        // A file that is never disposed is unmapped and closed by finalizers once nothing refers to it.
        var dropped = Path.Combine(directory, "dropped.bin");
        WriteTable(dropped, OtherMarker);
        Console.WriteLine($"dropped file read: {OpenAndDrop(dropped):X8}");
        Console.WriteLine($"maps naming the dropped file before a collection: {MapsNaming(dropped)}");
        FullCollection();
        Console.WriteLine($"maps naming the dropped file after a full collection: {MapsNaming(dropped)}");
        Console.WriteLine($"descriptors of the dropped file after a full collection: {DescriptorsOf(dropped)}");
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static uint OpenAndDrop(string path) => MappedFile.Open(path).View<Entry>()[3].Id;

    private static int MapsNaming(string path) =>
        File.ReadAllLines("/proc/self/maps").Count(l => l.EndsWith(" " + path, StringComparison.Ordinal));

    private const int EntryStride = 16;

    // A disposed range is unmapped at the second collection that finds nothing referring to it (PosixMapping's finalizer).
    private static void FullCollection()
    {
        for (var i = 0; i < 2; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
    }

    private static nint AddressOf<T>(T record) where T : struct, IRecord<T> => record.Address;

    // Entries i = 0..count-1: Pair(marker | i, marker | i), Id marker | i (the low 16 bits of i).
    private static void WriteTable(string path, uint marker, int count = Records)
    {
        var bytes = new byte[count * EntryStride];
        for (var i = 0; i < count; i++)
        {
            var value = marker | (uint)(i & 0xFFFF);
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i * EntryStride), value);
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan((i * EntryStride) + 4), value);
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan((i * EntryStride) + 8), value);
        }

        File.WriteAllBytes(path, bytes);
    }

    private static string Classify(uint value) => value switch
    {
        0 => "zero",
        _ when (value & 0xFFF00000) == DisposedMarker => "the disposed file's bytes",
        _ when (value & 0xFF000000) == OtherMarker => "another file's bytes",
        _ => "other bytes",
    };

    // What /proc/self/maps lists over [start, end): "anonymous r--p", "file rw-s /path", or "unmapped".
    private static string Describe(nint start, nint end)
    {
        foreach (var line in File.ReadAllLines("/proc/self/maps"))
        {
            var parts = line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
            var range = parts[0].Split('-');
            var (low, high) = (long.Parse(range[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture), long.Parse(range[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture));
            if (low <= start && start < high)
            {
                var covers = end <= high ? "" : " (not the whole range)";
                return parts.Length > 5 && parts[5].Trim().Length > 0 ? $"file {parts[1]} {parts[5].Trim()}{covers}" : $"anonymous {parts[1]}{covers}";
            }
        }

        return "unmapped";
    }

    private static int DescriptorsOf(string path) =>
        Directory.EnumerateFileSystemEntries("/proc/self/fd").Count(fd =>
        {
            try
            {
                return new FileInfo(fd).LinkTarget == path;
            }
            catch (IOException)
            {
                return false;
            }
        });

    private static long VmSizeKiB() =>
        long.Parse(File.ReadAllLines("/proc/self/status").First(l => l.StartsWith("VmSize:", StringComparison.Ordinal)).Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
