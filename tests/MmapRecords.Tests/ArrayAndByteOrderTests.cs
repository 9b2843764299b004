using System;
using System.Buffers.Binary;
using System.IO;

namespace MmapRecords.Tests;

public sealed class ArrayAndByteOrderTests
{
    private static byte[] BigHeaderBytes()
    {
        var data = new byte[40];
        BinaryPrimitives.WriteUInt32BigEndian(data, 0xCAFEBABE);
        BinaryPrimitives.WriteInt16BigEndian(data.AsSpan(4), -2);
        BinaryPrimitives.WriteDoubleBigEndian(data.AsSpan(6), Math.PI);
        BinaryPrimitives.WriteHalfBigEndian(data.AsSpan(14), (Half)1.5f);
        BinaryPrimitives.WriteUInt16BigEndian(data.AsSpan(16), 0x0102);
        BinaryPrimitives.WriteInt32LittleEndian(data.AsSpan(18), -123456);
        BinaryPrimitives.WriteUInt16BigEndian(data.AsSpan(22), 1);
        BinaryPrimitives.WriteUInt16BigEndian(data.AsSpan(24), 0x1234);
        BinaryPrimitives.WriteUInt16BigEndian(data.AsSpan(26), 65535);
        BinaryPrimitives.WriteInt64BigEndian(data.AsSpan(28), long.MinValue + 5);
        BinaryPrimitives.WriteSingleBigEndian(data.AsSpan(36), -0.25f);
        return data;
    }

    [Fact]
    public void Big_endian_fields_written_with_BinaryPrimitives_read_back()
    {
        using var temp = new TempDirectory();
        var path = temp.File("big.bin");
        File.WriteAllBytes(path, BigHeaderBytes());

        using var file = MappedFile.Open(path);
        var header = file.Read<BigHeader>(0);
        Assert.Equal(0xCAFEBABE, header.Magic);
        Assert.Equal(-2, header.Delta);
        Assert.Equal(Math.PI, header.Ratio);
        Assert.Equal((Half)1.5f, header.Small);
        Assert.Equal(Kind.Directory, header.Kind);
        Assert.Equal(-123456, header.Little);
        Assert.Equal(new ushort[] { 1, 0x1234, 65535 }, header.Values);
        Assert.Equal(long.MinValue + 5, header.Big);
        Assert.Equal(-0.25f, header.Ratio32);
        Assert.NotSame(header.Values, header.Values); // a new array per read
    }

    [Fact]
    public void Big_endian_setters_write_the_bytes_BinaryPrimitives_writes()
    {
        using var temp = new TempDirectory();
        var path = temp.File("big.bin");
        File.WriteAllBytes(path, new byte[40]);

        using (var file = MappedFile.Open(path, MapAccess.ReadWrite))
        {
            var header = file.Read<BigHeader>(0);
            header.Magic = 0xCAFEBABE;
            header.Delta = -2;
            header.Ratio = Math.PI;
            header.Small = (Half)1.5f;
            header.Kind = Kind.Directory;
            header.Little = -123456;
            header.Values = [1, 0x1234, 65535];
            header.Big = long.MinValue + 5;
            header.Ratio32 = -0.25f;
            file.Flush();
        }

        Assert.Equal(BigHeaderBytes(), File.ReadAllBytes(path));
    }

    [Fact]
    public void An_array_setter_rejects_a_wrong_length_and_writes_nothing()
    {
        using var temp = new TempDirectory();
        var path = temp.File("big.bin");
        File.WriteAllBytes(path, BigHeaderBytes());

        using var file = MappedFile.Open(path, MapAccess.ReadWrite);
        var header = file.Read<BigHeader>(0);
        var error = Assert.Throws<ArgumentException>(() => header.Values = [1, 2]);
        Assert.Contains("BigHeader.Values holds exactly 3 elements; got 2", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => header.Values = [1, 2, 3, 4]);
        Assert.Equal(BigHeaderBytes(), File.ReadAllBytes(path));
    }

    private static byte[] SamplesBytes()
    {
        var data = new byte[32];
        data[0] = 0xEE;
        int[] ints = [1, -2, int.MaxValue, int.MinValue];
        for (var i = 0; i < 4; i++)
        {
            BinaryPrimitives.WriteInt32LittleEndian(data.AsSpan(1 + (4 * i)), ints[i]);
        }

        BinaryPrimitives.WriteInt16LittleEndian(data.AsSpan(17), 10);
        BinaryPrimitives.WriteInt16LittleEndian(data.AsSpan(19), -20);
        BinaryPrimitives.WriteInt16LittleEndian(data.AsSpan(21), 30);
        data[23] = 0;
        data[24] = 7; // any non-zero byte is true
        data[25] = 1;
        BinaryPrimitives.WriteUInt16LittleEndian(data.AsSpan(26), 0x0203);
        data[28] = 0xFF; // the gap between the two pairs (Stride 4, Size 3)
        data[29] = 4;
        BinaryPrimitives.WriteUInt16LittleEndian(data.AsSpan(30), 0x0506);
        return data;
    }

    [Fact]
    public void Spans_and_arrays_at_odd_offsets_read_the_mapped_bytes()
    {
        using var temp = new TempDirectory();
        var path = temp.File("samples.bin");
        File.WriteAllBytes(path, SamplesBytes());

        using var file = MappedFile.Open(path);
        var samples = file.Read<Samples>(0);
        Assert.Equal(new[] { 1, -2, int.MaxValue, int.MinValue }, samples.Ints.ToArray());
        Assert.Equal(new[] { false, true }, samples.Flags);
        var pairs = samples.Pairs;
        Assert.Equal(2, pairs.Length);
        Assert.Equal((1, 0x0203), (pairs[0].A, pairs[0].B));
        Assert.Equal((4, 0x0506), (pairs[1].A, pairs[1].B));
        Assert.Equal(
            "Samples { Ints = [1, -2, 2147483647, -2147483648], Shorts = [10, -20, 30], Flags = [False, True], Pairs = [Pair { A = 1, B = 515 }, Pair { A = 4, B = 1286 }] }",
            samples.ToString());
    }

    [Fact]
    public void A_writable_span_on_a_read_only_mapping_throws_instead_of_handing_out_read_only_pages()
    {
        using var temp = new TempDirectory();
        var path = temp.File("samples.bin");
        File.WriteAllBytes(path, SamplesBytes());

        using var file = MappedFile.Open(path);
        var samples = file.Read<Samples>(0);
        var error = Assert.Throws<InvalidOperationException>(() => samples.Shorts.Length);
        Assert.Contains("read-only", error.Message, StringComparison.Ordinal);
        Assert.Equal(samples, samples.Detach()); // Equals reads the span read-only
    }

    [Fact]
    public void A_span_writes_through_to_the_file()
    {
        using var temp = new TempDirectory();
        var path = temp.File("samples.bin");
        File.WriteAllBytes(path, SamplesBytes());

        using (var file = MappedFile.Open(path, MapAccess.ReadWrite))
        {
            var samples = file.Read<Samples>(0);
            samples.Shorts[1] = 12345;
            samples.Flags = [true, false];
            var pairs = samples.Pairs;
            samples.Pairs = [pairs[1], pairs[0]]; // views of the very bytes being written
            Assert.Throws<InvalidOperationException>(() => samples.Pairs = [pairs[0], default]);
            Assert.Throws<ArgumentException>(() => samples.Shorts = new short[] { 1, 2 });
            file.Flush();
        }

        var expected = SamplesBytes();
        BinaryPrimitives.WriteInt16LittleEndian(expected.AsSpan(19), 12345);
        expected[23] = 1;
        expected[24] = 0;
        expected[25] = 4;
        BinaryPrimitives.WriteUInt16LittleEndian(expected.AsSpan(26), 0x0506);
        expected[29] = 1;
        BinaryPrimitives.WriteUInt16LittleEndian(expected.AsSpan(30), 0x0203);
        Assert.Equal(expected, File.ReadAllBytes(path));
    }

    [Fact]
    public void Equality_compares_array_elements_not_array_references()
    {
        using var temp = new TempDirectory();
        var path = temp.File("two.bin");
        var data = new byte[80];
        BigHeaderBytes().CopyTo(data, 0);
        BigHeaderBytes().CopyTo(data, 40);
        File.WriteAllBytes(path, data);

        using var file = MappedFile.Open(path);
        var view = file.View<BigHeader>();
        Assert.Equal(view[0], view[1]);
        Assert.Equal(view[0].GetHashCode(), view[1].GetHashCode());
        var copy = view[1].Detach();
        copy.Values = [1, 0x1234, 65534];
        Assert.NotEqual(view[0], copy);
    }
}
