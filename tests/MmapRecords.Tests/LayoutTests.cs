using System.Buffers.Binary;
using System.IO;
using System.Linq;
using MmapRecords.Tests.Oracles;
using L = MmapRecords.Tests.AllTypesLayout;

namespace MmapRecords.Tests;

/// <summary>How many records a file holds, views after a header, slices and enumeration.</summary>
public sealed class LayoutTests
{
    private const int HeaderSize = 7;

    private static void WriteVertex(Span<byte> record, int i)
    {
        BinaryPrimitives.WriteSingleLittleEndian(record, i + 0.5f);
        BinaryPrimitives.WriteSingleLittleEndian(record[4..], -i);
        BinaryPrimitives.WriteSingleLittleEndian(record[8..], i * 1000f);
        BinaryPrimitives.WriteUInt16LittleEndian(record[12..], (ushort)i);
        BinaryPrimitives.WriteUInt16LittleEndian(record[14..], (ushort)(i * 3));
        BinaryPrimitives.WriteUInt16LittleEndian(record[16..], (ushort)(65535 - i));
    }

    private static void AssertVertex(Vertex vertex, int i)
    {
        Assert.Equal(i + 0.5f, vertex.Position.X);
        Assert.Equal(-i, vertex.Position.Y);
        Assert.Equal(i * 1000f, vertex.Position.Z);
        Assert.Equal(i, vertex.Color.Red);
        Assert.Equal(i * 3, vertex.Color.Green);
        Assert.Equal(65535 - i, vertex.Color.Blue);
    }

    /// <summary>A header (magic, count, version) and then <paramref name="count"/> vertices of 20 bytes, the last one cut to <paramref name="lastLength"/> bytes.</summary>
    private static byte[] HeaderAndVertices(int count, int lastLength = 20)
    {
        var data = new byte[HeaderSize + (count * 20) - (count > 0 ? 20 - lastLength : 0)];
        data.AsSpan().Fill(0xEE);
        BinaryPrimitives.WriteUInt32LittleEndian(data, 0x4D4D5231);
        BinaryPrimitives.WriteUInt16LittleEndian(data.AsSpan(4), (ushort)count);
        data[6] = 3;
        var record = new byte[20];
        for (var i = 0; i < count; i++)
        {
            WriteVertex(record, i);
            record.AsSpan(0, Math.Min(20, data.Length - HeaderSize - (i * 20))).CopyTo(data.AsSpan(HeaderSize + (i * 20)));
        }

        return data;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    public void A_file_whose_last_record_lacks_its_padding_holds_every_record_and_one_byte_less_does_not(int n)
    {
        using var temp = new TempDirectory();
        var full = temp.File("full.bin");
        var shortOne = temp.File("short.bin");
        var data = new byte[n * 20];
        for (var i = 0; i < n; i++)
        {
            WriteVertex(data.AsSpan(i * 20), i);
        }

        // n*Stride - (Stride - Size) bytes: the last vertex has its 18 bytes but not its 2 bytes of padding.
        File.WriteAllBytes(full, data[..((n * 20) - 2)]);
        File.WriteAllBytes(shortOne, data[..((n * 20) - 3)]);

        using (var file = MappedFile.Open(full))
        {
            var view = file.View<Vertex>();
            Assert.Equal(n, view.Count);
            AssertVertex(view[n - 1], n - 1);
        }

        using (var file = MappedFile.Open(shortOne))
        {
            Assert.Equal(n - 1, file.View<Vertex>().Count);
            Assert.Throws<ArgumentOutOfRangeException>(() => file.View<Vertex>(0, n));
        }
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 0)]
    [InlineData(80, 0)]
    [InlineData(81, 1)]
    [InlineData(86, 1)]
    [InlineData(166, 1)]
    [InlineData(167, 2)]
    [InlineData(3 * 86, 3)]
    public void Records_count_where_the_last_needs_Size_bytes_and_the_others_Stride(int length, int expected)
    {
        using var temp = new TempDirectory();
        var path = temp.File("count.bin");
        File.WriteAllBytes(path, new byte[length]);

        using var file = MappedFile.Open(path);
        Assert.Equal(expected, file.View<AllTypes>().Count);
        Assert.Equal(expected, file.View<AllTypes>().AsEnumerable().Count());
    }

    [Fact]
    public void Stride_larger_than_Size_skips_the_padding_between_records()
    {
        using var temp = new TempDirectory();
        var path = temp.File("stride.bin");
        var values = AllTypesCodec.Values(4, seed: 9);
        File.WriteAllBytes(path, FieldTypeTests.Table(values));

        using var file = MappedFile.Open(path);
        var view = file.View<AllTypes>();
        for (var i = 0; i < values.Length; i++)
        {
            // Read<T> at the byte offset i*Stride is the same record as the view's i-th.
            Bits.AssertSame(values[i], AllTypesCodec.From(file.Read<AllTypes>(i * L.Stride)), $"Read at {i * L.Stride}");
            Assert.Equal(view[i], file.Read<AllTypes>(i * L.Stride));
        }
    }

    [Fact]
    public void Views_and_reads_at_a_byte_offset_after_a_header()
    {
        using var temp = new TempDirectory();
        var path = temp.File("table.bin");
        File.WriteAllBytes(path, HeaderAndVertices(6, lastLength: 18));

        using var file = MappedFile.Open(path);
        var header = file.Read<Header>(0);
        Assert.Equal(0x4D4D5231u, header.Magic);
        Assert.Equal(6, header.Count);
        Assert.Equal(3, header.Version);

        var all = file.View<Vertex>(HeaderSize);
        Assert.Equal(6, all.Count);
        for (var i = 0; i < 6; i++)
        {
            AssertVertex(all[i], i);
            AssertVertex(file.Read<Vertex>(HeaderSize + (i * 20)), i);
        }

        var counted = file.View<Vertex>(HeaderSize, header.Count);
        Assert.Equal(6, counted.Count);
        AssertVertex(counted[5], 5);

        var two = file.View<Vertex>(HeaderSize + 20, 2);
        Assert.Equal(2, two.Count);
        AssertVertex(two[0], 1);
        AssertVertex(two[1], 2);

        // The end of the file is an empty view; past it, or too many records, is out of range with the file named.
        Assert.Equal(0, file.View<Vertex>(file.Length).Count);
        Assert.Equal(0, file.View<Vertex>(file.Length, 0).Count);
        var tooMany = Assert.Throws<ArgumentOutOfRangeException>(() => file.View<Vertex>(HeaderSize, 7));
        Assert.Contains(path, tooMany.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => file.View<Vertex>(file.Length + 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => file.View<Vertex>(-1));
        var pastEnd = Assert.Throws<ArgumentOutOfRangeException>(() => file.Read<Vertex>(file.Length - 17));
        Assert.Contains(path, pastEnd.Message, StringComparison.Ordinal);
        AssertVertex(file.Read<Vertex>(file.Length - 18), 5);
    }

    [Fact]
    public void A_window_at_an_unaligned_file_offset_reads_the_same_records()
    {
        using var temp = new TempDirectory();
        var path = temp.File("window.bin");
        File.WriteAllBytes(path, HeaderAndVertices(300));

        // Skip the header and the first 210 vertices: offset 4207 is not page-aligned.
        using var window = MappedFile.Open(path, MapAccess.Read, HeaderSize + (210 * 20), 20 * 90);
        var view = window.View<Vertex>();
        Assert.Equal(90, view.Count);
        AssertVertex(view[0], 210);
        AssertVertex(view[89], 299);
    }

    [Fact]
    public void Slices_index_into_the_same_records()
    {
        using var temp = new TempDirectory();
        var path = temp.File("slice.bin");
        File.WriteAllBytes(path, HeaderAndVertices(10));

        using var file = MappedFile.Open(path);
        var view = file.View<Vertex>(HeaderSize);
        var slice = view.Slice(3, 4);
        Assert.Equal(4, slice.Count);
        for (var i = 0; i < 4; i++)
        {
            AssertVertex(slice[i], 3 + i);
            Assert.Equal(view[3 + i], slice[i]);
        }

        var nested = slice.Slice(1, 2);
        AssertVertex(nested[1], 5);
        Assert.Equal(0, view.Slice(10, 0).Count);
        Assert.Empty(view.Slice(10, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => view.Slice(8, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => view.Slice(-1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => view.Slice(11, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => slice[4]);
        Assert.Throws<ArgumentOutOfRangeException>(() => slice[-1]);
    }

    [Fact]
    public void Foreach_the_indexer_and_IEnumerable_agree()
    {
        using var temp = new TempDirectory();
        var path = temp.File("enumerate.bin");
        var values = AllTypesCodec.Values(25, seed: 11);
        File.WriteAllBytes(path, FieldTypeTests.Table(values, header: 3)[..^5]);

        using var file = MappedFile.Open(path);
        var view = file.View<AllTypes>(3);
        Assert.Equal(25, view.Count);

        var index = 0;
        foreach (var record in view)
        {
            Assert.Equal(view[index], record);
            Bits.AssertSame(values[index], AllTypesCodec.From(record), $"foreach {index}");
            index++;
        }

        Assert.Equal(25, index);
        Assert.Equal(values, view.Select(AllTypesCodec.From).ToArray());
        Assert.Equal(values[5..9], view.Slice(5, 4).Select(AllTypesCodec.From).ToArray());
        Assert.Empty(view.Slice(25, 0).Select(AllTypesCodec.From));
    }

    [Fact]
    public void An_empty_file_holds_no_records()
    {
        using var temp = new TempDirectory();
        var path = temp.File("empty.bin");
        File.WriteAllBytes(path, []);

        using var file = MappedFile.Open(path);
        Assert.Equal(0, file.Length);
        Assert.Equal(0, file.View<Vertex>().Count);
        Assert.Empty(file.View<Vertex>());
        Assert.Throws<ArgumentOutOfRangeException>(() => file.Read<Header>(0));
    }
}
