using System.Buffers.Binary;

namespace MmapRecords.Runtime.Tests;

/// <summary>
/// Layouts decided at run time: views with a stride from the file, raw bytes at an offset, and what a view says about
/// the bytes it covers. Files are written with <see cref="BinaryPrimitives"/>, independently of the records.
/// </summary>
public sealed class RunTimeLayoutTests
{
    [Fact]
    public void A_view_with_a_run_time_stride_reads_each_entry_and_slices_keep_the_stride()
    {
        using var temp = new TempDirectory();
        var path = temp.File("entries.bin");

        // A 16-byte header, then 5 entries of 40 bytes each (as GPT's header would say), whose first 16 bytes a Header reads.
        const int Stride = 40;
        var bytes = new byte[16 + (4 * Stride) + 16];
        for (var i = 0; i < 5; i++)
        {
            var entry = bytes.AsSpan(16 + (i * Stride));
            BinaryPrimitives.WriteUInt32LittleEndian(entry, 0xC0DE0000u + (uint)i);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[4..], (uint)(i * i));
            BinaryPrimitives.WriteInt64LittleEndian(entry[8..], -i);
        }

        File.WriteAllBytes(path, bytes);
        using var file = MappedFile.Open(path);
        var view = file.View<Header>(16, 5, Stride);
        Assert.Equal(5, view.Count);
        Assert.Equal(Stride, view.Stride);
        Assert.Equal(16, view.ByteOffset);
        Assert.Equal((4 * Stride) + 16, view.ByteLength);
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(0xC0DE0000u + (uint)i, view[i].Magic);
            Assert.Equal((uint)(i * i), view[i].Count);
            Assert.Equal(-i, view[i].TableOffset);
        }

        Assert.Equal([0u, 1u, 4u, 9u, 16u], view.Select(h => h.Count).ToArray());
        var slice = view.Slice(2, 3);
        Assert.Equal(Stride, slice.Stride);
        Assert.Equal(16 + (2 * Stride), slice.ByteOffset);
        Assert.Equal((2 * Stride) + 16, slice.ByteLength);
        Assert.Equal([4u, 9u, 16u], slice.Select(h => h.Count).ToArray());
        Assert.Equal(16u, slice.Slice(2, 1)[0].Count);

        // The last entry needs 16 bytes, not 40: one more byte short and only 4 fit.
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => file.View<Header>(17, 5, Stride));
        Assert.Equal("count", e.ParamName);
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
        Assert.Contains("stride 40", e.Message, StringComparison.Ordinal);
        Assert.Contains("need 176 bytes", e.Message, StringComparison.Ordinal);
        Assert.Contains("has 175 bytes", e.Message, StringComparison.Ordinal);
        Assert.Contains("4 records fit", e.Message, StringComparison.Ordinal);
        Assert.Equal(4, file.View<Header>(17, 4, Stride).Count);
    }

    [Theory]
    [InlineData(15)]
    [InlineData(0)]
    [InlineData(-40)]
    [InlineData(int.MinValue)]
    public void A_stride_below_the_record_size_throws_ArgumentOutOfRange_naming_the_file_and_sizes(int stride)
    {
        using var temp = new TempDirectory();
        var path = temp.File("short-stride.bin");
        File.WriteAllBytes(path, new byte[64]);
        using var file = MappedFile.Open(path);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => file.View<Header>(0, 1, stride));
        Assert.Equal("stride", e.ParamName);
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
        Assert.Contains("16 bytes", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_huge_stride_and_count_are_refused_without_overflow()
    {
        using var temp = new TempDirectory();
        var path = temp.File("huge.bin");
        File.WriteAllBytes(path, new byte[100]);
        using var file = MappedFile.Open(path);
        Assert.Equal(1, file.View<Header>(0, 1, int.MaxValue).Count);
        Assert.Equal(16, file.View<Header>(0, 1, int.MaxValue).ByteLength);
        Assert.Throws<ArgumentOutOfRangeException>(() => file.View<Header>(0, 2, int.MaxValue));
        Assert.Throws<ArgumentOutOfRangeException>(() => file.View<Header>(0, long.MaxValue, int.MaxValue));
        Assert.Throws<ArgumentOutOfRangeException>(() => file.View<Header>(0, -1, 16));
        Assert.Throws<ArgumentOutOfRangeException>(() => file.View<Header>(-1, 0, 16));
        Assert.Throws<ArgumentOutOfRangeException>(() => file.View<Header>(101, 0, 16));
        Assert.Equal(0, file.View<Header>(100, 0, 16).Count);
        Assert.Equal(0, file.View<Header>(100, 0, 16).ByteLength);
        Assert.Equal(100, file.View<Header>(100, 0, 16).ByteOffset);
    }

    [Fact]
    public void A_views_default_stride_offset_and_length_describe_its_bytes()
    {
        using var temp = new TempDirectory();
        var path = temp.File("view.bin");
        File.WriteAllBytes(path, new byte[100]);
        using var file = MappedFile.Open(path);

        // The 91 bytes after byte 9 hold 5 Big12 records (stride 16): 4 * 16 + 12 = 76 bytes; a sixth would need 92.
        var view = file.View<Big12>(9);
        Assert.Equal(5, view.Count);
        Assert.Equal(16, view.Stride);
        Assert.Equal(9, view.ByteOffset);
        Assert.Equal(76, view.ByteLength);
        Assert.Equal(0, view.Slice(5, 0).ByteLength);
        Assert.Equal(9 + (5 * 16), view.Slice(5, 0).ByteOffset);

        RecordView<Big12> none = default;
        Assert.Equal(16, none.Stride);
        Assert.Equal(0, none.ByteOffset);
        Assert.Equal(0, none.ByteLength);
    }

    [Fact]
    public void ByteOffset_counts_from_the_start_of_a_window()
    {
        using var temp = new TempDirectory();
        var path = temp.File("window.bin");
        File.WriteAllBytes(path, new byte[10_000]);
        using var file = MappedFile.Open(path, MapAccess.Read, 4097, 1000);
        Assert.Equal(24, file.View<Header>(24, 3).ByteOffset);
        Assert.Equal(24 + 16, file.View<Header>(24, 3).Slice(1, 2).ByteOffset);
    }

    [Fact]
    public void Bytes_are_the_mapped_bytes_at_an_offset()
    {
        using var temp = new TempDirectory();
        var path = temp.File("strings.bin");
        var text = "abbreviations\0UTC\0CET\0"u8.ToArray();
        var content = new byte[7].Concat(text).ToArray();
        File.WriteAllBytes(path, content);
        using var file = MappedFile.Open(path);

        Assert.Equal("UTC"u8.ToArray(), file.Bytes(7 + 14, 3).ToArray());
        Assert.Equal(content, file.Bytes(0, content.Length).ToArray());
        Assert.True(file.Bytes(content.Length, 0).IsEmpty);
        Assert.True(file.Bytes(0, 0).IsEmpty);
    }

    [Theory]
    [InlineData(-1L, 1)]
    [InlineData(0L, -1)]
    [InlineData(0L, 101)]
    [InlineData(100L, 1)]
    [InlineData(101L, 0)]
    [InlineData(99L, 2)]
    [InlineData(1L, int.MaxValue)]
    [InlineData(long.MaxValue, 1)]
    [InlineData(long.MinValue, 0)]
    [InlineData(0L, int.MinValue)]
    public void Bytes_outside_the_mapping_throw_ArgumentOutOfRange_naming_the_file_and_byte_counts(long offset, int length)
    {
        using var temp = new TempDirectory();
        var path = temp.File("hundred.bin");
        File.WriteAllBytes(path, new byte[100]);
        using var file = MappedFile.Open(path, MapAccess.ReadWrite);
        foreach (var take in new Action[] { () => file.Bytes(offset, length), () => file.WritableBytes(offset, length) })
        {
            var e = Assert.Throws<ArgumentOutOfRangeException>(take);
            Assert.Contains(path, e.Message, StringComparison.Ordinal);
            Assert.Contains("100 bytes", e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void WritableBytes_write_through_and_are_refused_on_a_read_mapping()
    {
        using var temp = new TempDirectory();
        var path = temp.File("writable.bin");
        File.WriteAllBytes(path, new byte[32]);
        using (var file = MappedFile.Open(path, MapAccess.ReadWrite))
        {
            BinaryPrimitives.WriteUInt32BigEndian(file.WritableBytes(4, 4), 0xCAFEBABE);
            Assert.Equal(0xCAFEBABEu, BinaryPrimitives.ReadUInt32BigEndian(file.Bytes(4, 4)));
            file.Flush();
        }

        Assert.Equal(0xCAFEBABEu, BinaryPrimitives.ReadUInt32BigEndian(File.ReadAllBytes(path).AsSpan(4)));

        using (var copy = MappedFile.Open(path, MapAccess.CopyOnWrite))
        {
            copy.WritableBytes(0, 1)[0] = 7;
            Assert.Equal(7, copy.Bytes(0, 1)[0]);
        }

        Assert.Equal(0, File.ReadAllBytes(path)[0]);

        using var read = MappedFile.Open(path);
        var e = Assert.Throws<InvalidOperationException>(() => read.WritableBytes(0, 4));
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
        Assert.Contains("read-only", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bytes_and_the_new_views_throw_ObjectDisposed_after_Dispose()
    {
        using var temp = new TempDirectory();
        var path = temp.File("disposed.bin");
        File.WriteAllBytes(path, new byte[64]);
        var file = MappedFile.Open(path, MapAccess.ReadWrite);
        var view = file.View<Header>(0, 2, 20);
        file.Dispose();
        Assert.Throws<ObjectDisposedException>(() => file.Bytes(0, 1));
        Assert.Throws<ObjectDisposedException>(() => file.WritableBytes(0, 1));
        Assert.Throws<ObjectDisposedException>(() => file.View<Header>(0, 1, 16));
        Assert.Throws<ObjectDisposedException>(() => view.Stride);
        Assert.Throws<ObjectDisposedException>(() => view.ByteOffset);
        Assert.Throws<ObjectDisposedException>(() => view.ByteLength);
        Assert.Throws<ObjectDisposedException>(() => view[1]);
    }

    [Fact]
    public void An_order_for_a_record_with_a_fixed_order_throws_ArgumentException_naming_the_record_and_the_call_to_make()
    {
        using var temp = new TempDirectory();
        var path = temp.File("fixed.bin");
        File.WriteAllBytes(path, new byte[64]);
        using var file = MappedFile.Open(path);
        foreach (var (call, overload) in new (Action Call, string Overload)[]
        {
            (() => file.View<Header>(0, 1, ByteOrder.BigEndian), "View<Header>(offset, count)"),
            (() => file.View<Header>(0, 1, 20, ByteOrder.LittleEndian), "View<Header>(offset, count, stride)"),
            (() => file.Read<Header>(0, ByteOrder.BigEndian), "Read<Header>(offset)"),
        })
        {
            var e = Assert.Throws<ArgumentException>(call);
            Assert.Equal("byteOrder", e.ParamName);
            Assert.Contains("Header", e.Message, StringComparison.Ordinal);
            Assert.Contains(overload, e.Message, StringComparison.Ordinal);
        }
    }
}
