using System.Buffers.Binary;
using CsCheck;

namespace MmapRecords.Runtime.Tests;

/// <summary>
/// Random file lengths, windows, offsets, counts, strides, indexes and slices, hostile values included: every call
/// either returns the records a model built from independently read bytes predicts, or throws the documented
/// exception, and the process never crashes.
/// </summary>
public sealed class PropertyTests
{
    /// <summary>One generated case.</summary>
    public sealed record Input(
        int FileLength,
        int Seed,
        int RecordType,
        MapAccess Access,
        bool UseWindow,
        long WindowOffset,
        long WindowLength,
        long ViewOffset,
        long Count,
        long Index,
        long SliceStart,
        long SliceCount,
        long ReadOffset,
        ulong Poke);

    // Mostly numbers near the interesting range, sometimes the extremes that overflow naive arithmetic.
    private static readonly Gen<long> Number = Gen.Frequency(
        (12, Gen.Long[-3, 13_000]),
        (3, Gen.Long[-3, 40]),
        (1, Gen.OneOf(Gen.Const(long.MaxValue), Gen.Const(long.MinValue), Gen.Const(long.MaxValue / 2), Gen.Const((long)int.MaxValue + 1), Gen.Const(long.MaxValue / 4099 + 1))),
        (1, Gen.Long));

    private static readonly Gen<Input> Cases =
        Gen.Select(
            Gen.Select(Gen.Frequency((1, Gen.Int[0, 40]), (4, Gen.Int[0, (3 * 4096) + 100])), Gen.Int, Gen.Int[0, 4], Gen.OneOf(Gen.Const(MapAccess.Read), Gen.Const(MapAccess.ReadWrite), Gen.Const(MapAccess.CopyOnWrite)), Gen.Bool),
            Gen.Select(Number, Number, Number, Number, Number),
            Gen.Select(Number, Number, Number, Gen.ULong),
            (a, b, c) => new Input(a.Item1, a.Item2, a.Item3, a.Item4, a.Item5, b.Item1, b.Item2, b.Item3, b.Item4, b.Item5, c.Item1, c.Item2, c.Item3, c.Item4));

    [Fact]
    public void Every_call_returns_the_right_records_or_throws_the_documented_exception()
    {
        using var temp = new TempDirectory();
        Cases.Sample(
            c =>
            {
                switch (c.RecordType)
                {
                    case 0: Check<OneByte>(temp, c); break;
                    case 1: Check<Odd3>(temp, c); break;
                    case 2: Check<Long8>(temp, c); break;
                    case 3: Check<Big12>(temp, c); break;
                    default: Check<Sparse13>(temp, c); break;
                }
            },
            iter: 600);
    }

    [Fact]
    public void Created_files_hold_exactly_the_records_written_through_them()
    {
        using var temp = new TempDirectory();
        Gen.Select(Gen.Int[0, 20_000], Gen.Long[0, 3000].Array, Gen.ULong).Sample(
            (length, indexes, seed) =>
            {
                var path = temp.File(Guid.NewGuid().ToString("N"));
                var model = new byte[length];
                using (var file = MappedFile.Create(path, length))
                {
                    var view = file.View<Long8>();
                    Assert.Equal(length / 8, view.Count);
                    foreach (var index in indexes)
                    {
                        var value = seed * (ulong)(index + 1);
                        if (index < length / 8)
                        {
                            var record = view[index];
                            record.Value = value;
                            BinaryPrimitives.WriteUInt64LittleEndian(model.AsSpan((int)index * 8), value);
                        }
                        else
                        {
                            Assert.Throws<ArgumentOutOfRangeException>(() => view[index]);
                        }
                    }
                }

                Assert.Equal(model, File.ReadAllBytes(path));
                File.Delete(path);
            },
            iter: 200);
    }

    private static void Check<T>(TempDirectory temp, Input c) where T : struct, IRecord<T>, IProbeRecord<T>
    {
        var path = temp.File(Guid.NewGuid().ToString("N"));
        var original = Oracle.RandomBytes(c.FileLength, c.Seed);
        File.WriteAllBytes(path, original);
        try
        {
            CheckFile<T>(path, original, c);
            if (c.Access != MapAccess.ReadWrite)
            {
                Assert.Equal(original, File.ReadAllBytes(path));
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static void CheckFile<T>(string path, byte[] original, Input c) where T : struct, IRecord<T>, IProbeRecord<T>
    {
        long length = c.FileLength;
        var windowValid = c.WindowOffset >= 0 && c.WindowLength >= 0 && c.WindowOffset <= length && c.WindowLength <= length - c.WindowOffset;
        MappedFile file;
        try
        {
            file = c.UseWindow ? MappedFile.Open(path, c.Access, c.WindowOffset, c.WindowLength) : MappedFile.Open(path, c.Access);
        }
        catch (ArgumentOutOfRangeException e)
        {
            Assert.True(c.UseWindow && !windowValid, e.Message);
            Assert.Contains(path, e.Message, StringComparison.Ordinal);
            return;
        }

        Assert.True(!c.UseWindow || windowValid, "an invalid window was accepted");
        var start = c.UseWindow ? c.WindowOffset : 0;
        var mapped = c.UseWindow ? c.WindowLength : length;
        using (file)
        {
            Assert.Equal(mapped, file.Length);

            // The model: bytes of record i of a view at byte v of the mapping, taken from the file's bytes read earlier.
            ulong Expected(long viewOffset, long index) =>
                T.Expected(original.AsSpan((int)(start + viewOffset + (index * T.RecordStride)), T.RecordSize));

            // View<T>(offset): all records that fit.
            var offsetValid = c.ViewOffset >= 0 && c.ViewOffset <= mapped;
            if (!offsetValid)
            {
                AssertOutOfRange(path, () => file.View<T>(c.ViewOffset));
                AssertOutOfRange(path, () => file.View<T>(c.ViewOffset, c.Count));
                AssertOutOfRange(path, () => file.Read<T>(c.ViewOffset));
                return;
            }

            var view = file.View<T>(c.ViewOffset);
            var count = ModelCount<T>(mapped - c.ViewOffset);
            Assert.Equal(count, view.Count);
            long n = 0;
            foreach (var record in view)
            {
                Assert.Equal(Expected(c.ViewOffset, n), record.Probe());
                n++;
            }

            Assert.Equal(count, n);

            // View<T>(offset, count).
            if (c.Count >= 0 && Need<T>(c.Count) <= mapped - c.ViewOffset)
            {
                var counted = file.View<T>(c.ViewOffset, c.Count);
                Assert.Equal(c.Count, counted.Count);
                if (c.Count > 0)
                {
                    Assert.Equal(Expected(c.ViewOffset, c.Count - 1), counted[c.Count - 1].Probe());
                }
            }
            else
            {
                AssertOutOfRange(path, () => file.View<T>(c.ViewOffset, c.Count));
            }

            // Indexer.
            if (c.Index >= 0 && c.Index < count)
            {
                Assert.Equal(Expected(c.ViewOffset, c.Index), view[c.Index].Probe());
            }
            else
            {
                AssertOutOfRange(path, () => view[c.Index]);
            }

            // Slice.
            if (c.SliceStart >= 0 && c.SliceStart <= count && c.SliceCount >= 0 && c.SliceCount <= count - c.SliceStart)
            {
                var slice = view.Slice(c.SliceStart, c.SliceCount);
                Assert.Equal(c.SliceCount, slice.Count);
                if (c.SliceCount > 0)
                {
                    Assert.Equal(Expected(c.ViewOffset, c.SliceStart), slice[0].Probe());
                    Assert.Equal(Expected(c.ViewOffset, c.SliceStart + c.SliceCount - 1), slice[c.SliceCount - 1].Probe());
                }

                AssertOutOfRange(path, () => slice[c.SliceCount]);
            }
            else
            {
                AssertOutOfRange(path, () => view.Slice(c.SliceStart, c.SliceCount));
            }

            // Read<T>(offset).
            if (c.ReadOffset >= 0 && (Int128)c.ReadOffset + T.RecordSize <= mapped)
            {
                Assert.Equal(T.Expected(original.AsSpan((int)(start + c.ReadOffset), T.RecordSize)), file.Read<T>(c.ReadOffset).Probe());
            }
            else
            {
                AssertOutOfRange(path, () => file.Read<T>(c.ReadOffset));
            }

            // A write through the indexed record: refused on Read, private on CopyOnWrite, in the file on ReadWrite.
            if (c.Index >= 0 && c.Index < count)
            {
                var record = view[c.Index];
                if (c.Access == MapAccess.Read)
                {
                    Assert.Throws<InvalidOperationException>(() => record.Poke(c.Poke));
                    return;
                }

                record.Poke(c.Poke);
                var at = start + c.ViewOffset + (c.Index * T.RecordStride);
                file.Flush();
                var inFile = Oracle.ReadBytes(path, at, T.RecordSize);
                if (c.Access == MapAccess.ReadWrite)
                {
                    Assert.Equal(T.Expected(inFile), record.Probe());
                    var now = File.ReadAllBytes(path);
                    Assert.Equal(original.AsSpan(0, (int)at).ToArray(), now.AsSpan(0, (int)at).ToArray());
                    Assert.Equal(original.AsSpan((int)at + T.RecordSize).ToArray(), now.AsSpan((int)at + T.RecordSize).ToArray());
                }
                else
                {
                    Assert.Equal(original.AsSpan((int)at, T.RecordSize).ToArray(), inFile);
                }
            }
        }
    }

    private static void AssertOutOfRange(string path, Func<object?> call)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(call);
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
    }

    // Independent of RecordLayout: the span of n records, in 128-bit arithmetic, and a count found by walking.
    private static Int128 Need<T>(long n) where T : struct, IProbeRecord<T>, IRecord<T> =>
        n == 0 ? 0 : (((Int128)n - 1) * T.RecordStride) + T.RecordSize;

    private static long ModelCount<T>(long bytes) where T : struct, IProbeRecord<T>, IRecord<T>
    {
        long n = 0;
        while (Need<T>(n + 1) <= bytes)
        {
            n++;
        }

        return n;
    }
}
