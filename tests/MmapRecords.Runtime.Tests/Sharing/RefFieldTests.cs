using System.Buffers.Binary;

namespace MmapRecords.Runtime.Tests.Sharing;

/// <summary>ref and ref readonly fields in one process: they point into the mapping, and alignment is checked where views and records are made.</summary>
public sealed class RefFieldTests
{
    [Fact]
    public void Interlocked_and_Volatile_through_ref_fields_change_the_file_as_another_reader_sees_it()
    {
        using var temp = new TempDirectory();
        var path = NewFile(temp, 64);
        Oracle.WriteBytes(path, 8, [7, 0, 0, 0]);

        using var file = MappedFile.Open(path, MapAccess.ReadWrite);
        var counters = file.Read<Counters>(0);
        Assert.Equal(1, Interlocked.Increment(ref counters.Total));
        Assert.Equal(11, Interlocked.Add(ref counters.Total, 10));
        Assert.Equal(11, Interlocked.CompareExchange(ref counters.Total, 42, 11));
        Volatile.Write(ref counters.Level, 2.5f);
        Assert.Equal(7, Volatile.Read(in counters.Version));
        counters.Total += 1;

        // Another reader of the file (through the page cache, no Flush): the bytes are there.
        Assert.Equal(43, BinaryPrimitives.ReadInt64LittleEndian(Oracle.ReadBytes(path, 0, 8)));
        Assert.Equal(2.5f, BinaryPrimitives.ReadSingleLittleEndian(Oracle.ReadBytes(path, 12, 4)));
        Assert.Equal("Counters { Total = 43, Version = 7, Level = 2.5 }", counters.ToString());
    }

    [Fact]
    public void Ref_fields_of_every_record_of_a_table_and_of_a_nested_record_are_the_mapped_bytes()
    {
        using var temp = new TempDirectory();
        var path = NewFile(temp, 104);
        using (var file = MappedFile.Open(path, MapAccess.ReadWrite))
        {
            var slots = file.View<Slot>(16, 5);
            Assert.Equal(5, slots.Count);
            for (var i = 0; i < slots.Count; i++)
            {
                Assert.Equal(0, Interlocked.CompareExchange(ref slots[i].Owner, i + 100, 0));
                Assert.Equal(0, Interlocked.CompareExchange(ref slots[i].Hits, (ushort)1, (ushort)0));
            }

            var holder = file.Read<Holder>(80);
            Interlocked.Exchange(ref holder.Counters.Total, -5);
        }

        for (var i = 0; i < 5; i++)
        {
            var bytes = Oracle.ReadBytes(path, 16 + (i * 12), 8);
            Assert.Equal(i + 100, BinaryPrimitives.ReadInt32LittleEndian(bytes));
            Assert.Equal(1, BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(6)));
        }

        Assert.Equal(-5, BinaryPrimitives.ReadInt64LittleEndian(Oracle.ReadBytes(path, 88, 8)));
    }

    [Fact]
    public void A_writable_ref_on_a_Read_mapping_throws_InvalidOperation_and_a_ref_readonly_reads()
    {
        using var temp = new TempDirectory();
        var path = NewFile(temp, 16);
        Oracle.WriteBytes(path, 8, [9, 0, 0, 0]);
        var before = Oracle.Sha256(path);

        using var file = MappedFile.Open(path);
        var counters = file.Read<Counters>(0);
        var e = Assert.Throws<InvalidOperationException>(() => Interlocked.Increment(ref counters.Total));
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
        Assert.Equal(9, Volatile.Read(in counters.Version));
        Assert.Equal("Counters { Total = 0, Version = 9, Level = 0 }", counters.ToString());
        Assert.Equal(before, Oracle.Sha256(path));
    }

    [Fact]
    public void Refs_of_a_CopyOnWrite_mapping_a_loaded_file_and_a_detached_record_change_only_the_copy()
    {
        using var temp = new TempDirectory();
        var path = NewFile(temp, 16);
        var before = Oracle.Sha256(path);

        using (var cow = MappedFile.Open(path, MapAccess.CopyOnWrite))
        {
            var counters = cow.Read<Counters>(0);
            Interlocked.Increment(ref counters.Total);
            Assert.Equal(1, Volatile.Read(ref counters.Total));
        }

        using (var loaded = MappedFile.Load(path))
        {
            var counters = loaded.Read<Counters>(0);
            Assert.Equal(2, Interlocked.Add(ref counters.Total, 2));
        }

        Counters detached;
        using (var file = MappedFile.Open(path))
        {
            detached = file.Read<Counters>(0).Detach();
        }

        Assert.Equal(3, Interlocked.Add(ref detached.Total, 3));
        Assert.Equal(before, Oracle.Sha256(path));
    }

    [Fact]
    public void A_writable_ref_after_Dispose_throws_ObjectDisposed_in_every_build()
    {
        using var temp = new TempDirectory();
        var path = NewFile(temp, 16);
        var file = MappedFile.Open(path, MapAccess.ReadWrite);
        var counters = file.Read<Counters>(0);
        file.Dispose();

        Assert.Throws<ObjectDisposedException>(() => Interlocked.Increment(ref counters.Total));
    }

    [Fact]
    public void Records_with_ref_fields_declare_their_alignment_and_others_keep_1()
    {
        Assert.Equal(8, AlignmentOf<Counters>());
        Assert.Equal(4, AlignmentOf<Slot>());
        Assert.Equal(8, AlignmentOf<Holder>());
        Assert.Equal(1, AlignmentOf<PlainLong>());
    }

    [Theory]
    [InlineData(4)]
    [InlineData(12)]
    [InlineData(1)]
    public void A_view_or_Read_of_records_with_ref_fields_at_a_misaligned_offset_throws_ArgumentException(long offset)
    {
        using var temp = new TempDirectory();
        var path = NewFile(temp, 64);
        using var file = MappedFile.Open(path, MapAccess.ReadWrite);

        var read = Assert.Throws<ArgumentException>(nameof(offset), () => file.Read<Counters>(offset));
        Assert.Contains("Counters (16 bytes)", read.Message, StringComparison.Ordinal);
        Assert.Contains($"byte offset {offset}", read.Message, StringComparison.Ordinal);
        Assert.Contains(path, read.Message, StringComparison.Ordinal);
        Assert.Contains("multiple of 8", read.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(nameof(offset), () => file.View<Counters>(offset));
        Assert.Throws<ArgumentException>(nameof(offset), () => file.View<Counters>(offset, 1));
        Assert.Throws<ArgumentException>(nameof(offset), () => file.Read<Holder>(offset));

        // Aligned offsets work; Slot needs 4 bytes, so 12 is fine for it; records without ref fields go anywhere.
        Assert.Equal(0, Volatile.Read(ref file.Read<Counters>(8).Total));
        if (offset % 4 == 0)
        {
            Assert.Equal(0, Volatile.Read(ref file.Read<Slot>(offset).Owner));
        }
        else
        {
            Assert.Throws<ArgumentException>(nameof(offset), () => file.Read<Slot>(offset));
        }

        file.Read<PlainLong>(offset).Value = 1;
        Assert.Equal(1, BinaryPrimitives.ReadInt64LittleEndian(Oracle.ReadBytes(path, offset, 8)));
    }

    [Fact]
    public void A_window_mapped_from_a_misaligned_file_offset_is_reported_with_both_offsets()
    {
        using var temp = new TempDirectory();
        var path = NewFile(temp, 64);
        using var window = MappedFile.Open(path, MapAccess.ReadWrite, 4, 40);

        var e = Assert.Throws<ArgumentException>("offset", () => window.Read<Counters>(0));
        Assert.Contains("byte offset 0", e.Message, StringComparison.Ordinal);
        Assert.Contains("byte 4 of the file", e.Message, StringComparison.Ordinal);

        // Byte 4 of the window is byte 8 of the file: aligned.
        Interlocked.Increment(ref window.Read<Counters>(4).Total);
        Assert.Equal(1, BinaryPrimitives.ReadInt64LittleEndian(Oracle.ReadBytes(path, 8, 8)));
    }

    [Fact]
    public void Empty_views_at_a_misaligned_end_stay_valid_and_empty()
    {
        using var temp = new TempDirectory();
        var path = NewFile(temp, 20);
        using var file = MappedFile.Open(path);

        Assert.Equal(0, file.View<Counters>(20).Count);
        Assert.Equal(0, file.View<Counters>(13).Count);
        Assert.Equal(0, file.View<Counters>(12, 0).Count);
        Assert.Equal(1, file.View<Counters>().Count);
    }

    private static int AlignmentOf<T>() where T : struct, IRecord<T> => T.Alignment;

    private static string NewFile(TempDirectory temp, long length)
    {
        var path = temp.File("refs.bin");
        using (var stream = File.Create(path))
        {
            stream.SetLength(length);
        }

        return path;
    }
}
