using System.Buffers.Binary;

namespace MmapRecords.Runtime.Tests;

/// <summary>A sparse file of more than 6 GB (no disk cost): counts, indexes and offsets past 2 and 4 GB.</summary>
public sealed class HugeFileTests
{
    private const long Gib = 1L << 30;

    // Odd on purpose: not a multiple of any stride or of the page size.
    private const long FileLength = (6 * Gib) + 4099 + 5;

    [Fact]
    public void Records_beyond_4_GB_are_counted_read_and_written()
    {
        using var temp = new TempDirectory();
        var path = temp.File("huge.bin");
        using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
        {
            stream.SetLength(FileLength);
        }

        try
        {
            // Bytes placed by RandomAccess before mapping, beyond 4 GB and beyond 2^32 records of one byte.
            var farOffset = (4 * Gib) + 12345 * 8;
            var marker = new byte[8];
            BinaryPrimitives.WriteUInt64LittleEndian(marker, 0xFEEDFACECAFEBEEFUL);
            Oracle.WriteBytes(path, farOffset, marker);
            Oracle.WriteBytes(path, FileLength - 1, [0x5A]);

            using (var file = MappedFile.Open(path, MapAccess.ReadWrite))
            {
                Assert.Equal(FileLength, file.Length);

                // Counts larger than int.MaxValue and uint.MaxValue.
                Assert.Equal(FileLength, file.View<OneByte>().Count);
                Assert.Equal(FileLength / 8, file.View<Long8>().Count);
                Assert.Equal(((FileLength - 12) / 16) + 1, file.View<Big12>().Count);
                Assert.Equal(((FileLength - 13) / 4099) + 1, file.View<Sparse13>().Count);

                var longs = file.View<Long8>();
                Assert.Equal(0xFEEDFACECAFEBEEFUL, longs[farOffset / 8].Value);
                Assert.Equal(0x5A, file.View<OneByte>()[FileLength - 1].Value);
                Assert.Equal(0x5A, file.Read<OneByte>(FileLength - 1).Value);

                // Writes beyond 4 GB and beyond 6 GB, through an index, a slice and Read<T>.
                {
                    var record = longs[(5 * Gib / 8) + 3];
                    record.Value = 0x0102030405060708UL;
                }
                var sliced = longs.Slice((6 * Gib / 8) - 10, 10)[9];
                sliced.Value = 42;
                var unaligned = file.Read<Long8>((4 * Gib) + 1);
                unaligned.Value = ulong.MaxValue;
                var last = file.View<Sparse13>();
                {
                    var record = last[last.Count - 1];
                    record.Value = 77;
                }
                file.Flush();
            }

            Assert.Equal(0x0102030405060708UL, BinaryPrimitives.ReadUInt64LittleEndian(Oracle.ReadBytes(path, (5 * Gib) + 24, 8)));
            Assert.Equal(42UL, BinaryPrimitives.ReadUInt64LittleEndian(Oracle.ReadBytes(path, (6 * Gib) - 8, 8)));
            Assert.Equal(ulong.MaxValue, BinaryPrimitives.ReadUInt64LittleEndian(Oracle.ReadBytes(path, (4 * Gib) + 1, 8)));
            var lastRecord = (((FileLength - 13) / 4099) * 4099) + 3;
            Assert.Equal(77UL, BinaryPrimitives.ReadUInt64LittleEndian(Oracle.ReadBytes(path, lastRecord, 8)));

            // A window that starts beyond 4 GB at an unaligned offset.
            using (var window = MappedFile.Open(path, MapAccess.Read, (5 * Gib) + 17, Gib))
            {
                Assert.Equal(Gib, window.Length);
                Assert.Equal(0x0102030405060708UL, window.Read<Long8>(24 - 17).Value);
                Assert.Equal(Gib / 8, window.View<Long8>().Count);
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Hostile_counts_and_indexes_on_a_huge_file_never_overflow()
    {
        using var temp = new TempDirectory();
        var path = temp.File("huge2.bin");
        using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
        {
            stream.SetLength(FileLength);
        }

        try
        {
            using var file = MappedFile.Open(path);
            var view = file.View<Sparse13>();
            var count = view.Count;

            // count * Stride and index * Stride would overflow long for these; each must be refused, not wrapped.
            foreach (var n in new[] { long.MaxValue, long.MaxValue / 4099, (long.MaxValue / 4099) + 1, long.MaxValue / 2, count + 1 })
            {
                var e = Assert.Throws<ArgumentOutOfRangeException>(() => file.View<Sparse13>(0, n));
                Assert.Contains(path, e.Message, StringComparison.Ordinal);
                Assert.Throws<ArgumentOutOfRangeException>(() => view[n]);
                Assert.Throws<ArgumentOutOfRangeException>(() => view.Slice(1, n));
                Assert.Throws<ArgumentOutOfRangeException>(() => view.Slice(n, 0));
            }

            foreach (var n in new[] { -1, long.MinValue, long.MinValue / 4099 })
            {
                Assert.Throws<ArgumentOutOfRangeException>(() => view[n]);
                Assert.Throws<ArgumentOutOfRangeException>(() => view.Slice(n, 1));
                Assert.Throws<ArgumentOutOfRangeException>(() => view.Slice(0, n));
                Assert.Throws<ArgumentOutOfRangeException>(() => file.View<Sparse13>(n));
                Assert.Throws<ArgumentOutOfRangeException>(() => file.Read<Sparse13>(n));
            }

            Assert.Equal(0, view.Slice(count, 0).Count);
            Assert.Equal(0UL, view.Slice(count - 1, 1)[0].Probe());
            Assert.Throws<ArgumentOutOfRangeException>(() => file.Read<Sparse13>(FileLength - 12));
            Assert.Throws<ArgumentOutOfRangeException>(() => file.Read<Sparse13>(long.MaxValue));
            Assert.Equal(0, file.View<Sparse13>(FileLength).Count);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
