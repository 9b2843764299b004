using System.Buffers.Binary;
using System.IO;

namespace MmapRecords.Tests;

/// <summary>Nested records (views of their parent's bytes) and big-endian records, against BinaryPrimitives.</summary>
public sealed class NestedAndByteOrderTests
{
    private static void WriteVertex(Span<byte> at, float x, float y, float z, ushort r, ushort g, ushort b)
    {
        BinaryPrimitives.WriteSingleLittleEndian(at, x);
        BinaryPrimitives.WriteSingleLittleEndian(at[4..], y);
        BinaryPrimitives.WriteSingleLittleEndian(at[8..], z);
        BinaryPrimitives.WriteUInt16LittleEndian(at[12..], r);
        BinaryPrimitives.WriteUInt16LittleEndian(at[14..], g);
        BinaryPrimitives.WriteUInt16LittleEndian(at[16..], b);
    }

    [Fact]
    public void Three_levels_of_nested_records_at_odd_offsets_read_the_parent_bytes()
    {
        using var temp = new TempDirectory();
        var path = temp.File("mesh.bin");
        var data = new byte[(2 * 47) - 2];
        for (var i = 0; i < 2; i++)
        {
            var mesh = data.AsSpan(i * 47);
            mesh[1] = (byte)(10 + i);
            WriteVertex(mesh[3..], 1.25f + i, -2, 3e-38f, 1, 2, 3);
            WriteVertex(mesh[21..], float.MaxValue, float.MinValue, -0f, 65535, 4, (ushort)(5 + i));
            BinaryPrimitives.WriteUInt16LittleEndian(mesh[39..], 7);
            BinaryPrimitives.WriteUInt16LittleEndian(mesh[41..], 8);
            BinaryPrimitives.WriteUInt16LittleEndian(mesh[43..], (ushort)(9 + i));
        }

        File.WriteAllBytes(path, data);

        using var file = MappedFile.Open(path);
        var meshes = file.View<Mesh>();
        Assert.Equal(2, meshes.Count);
        var second = meshes[1];
        Assert.Equal(11, second.Id);
        Assert.Equal(2.25f, second.First.Position.X);
        Assert.Equal(-2f, second.First.Position.Y);
        Assert.Equal(3e-38f, second.First.Position.Z);
        Assert.Equal(3, second.First.Color.Blue);
        Assert.Equal(float.MaxValue, second.Second.Position.X);
        Assert.Equal(float.MinValue, second.Second.Position.Y);
        Assert.True(float.IsNegative(second.Second.Position.Z) && second.Second.Position.Z == 0);
        Assert.Equal(65535, second.Second.Color.Red);
        Assert.Equal(6, second.Second.Color.Blue);
        Assert.Equal(10, second.Background.Blue);
        Assert.Equal(9, meshes[0].Background.Blue);
    }

    [Fact]
    public void Writing_through_a_nested_record_and_assigning_a_whole_nested_record_write_the_file()
    {
        using var temp = new TempDirectory();
        var path = temp.File("mesh-rw.bin");
        var data = new byte[47 + 45];
        data.AsSpan().Fill(0x5A);
        WriteVertex(data.AsSpan(47 + 21), 4, 5, 6, 7, 8, 9);
        File.WriteAllBytes(path, data);

        using (var file = MappedFile.Open(path, MapAccess.ReadWrite))
        {
            var mesh = file.View<Mesh>()[1];
            var position = mesh.First.Position;
            position.Y = -12.5f;
            var background = mesh.Background;
            background.Green = 4242;

            // A whole nested record: its Size bytes are copied from another record (here the second vertex).
            mesh.First = mesh.Second;
            Assert.Equal(mesh.Second, mesh.First);
            mesh.Background = file.Read<Color>(47 + 21 + 12);
            file.Flush();
        }

        var bytes = File.ReadAllBytes(path).AsSpan(47);
        Assert.Equal(4f, BinaryPrimitives.ReadSingleLittleEndian(bytes[3..]));
        Assert.Equal(5f, BinaryPrimitives.ReadSingleLittleEndian(bytes[7..]));
        Assert.Equal(9, BinaryPrimitives.ReadUInt16LittleEndian(bytes[(3 + 16)..]));
        Assert.Equal(7, BinaryPrimitives.ReadUInt16LittleEndian(bytes[39..]));
        Assert.Equal(8, BinaryPrimitives.ReadUInt16LittleEndian(bytes[41..]));
        Assert.Equal(0x5A, bytes[0]);
        Assert.Equal(0x5A, bytes[2]);
        Assert.Equal(0x5A, File.ReadAllBytes(path)[46]);
    }

    [Fact]
    public void Writing_through_a_nested_record_persists_before_the_parent_is_overwritten()
    {
        using var temp = new TempDirectory();
        var path = temp.File("vertex-rw.bin");
        File.WriteAllBytes(path, new byte[38]);

        using (var file = MappedFile.Open(path, MapAccess.ReadWrite))
        {
            var vertex = file.View<Vertex>()[1];
            var position = vertex.Position;
            position.X = 1.5f;
            position.Z = -3f;
            var color = vertex.Color;
            color.Blue = 513;
            file.Flush();
        }

        var bytes = File.ReadAllBytes(path);
        Assert.Equal(1.5f, BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(20)));
        Assert.Equal(-3f, BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(28)));
        Assert.Equal(513, BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(36)));
    }

    [Fact]
    public void Big_endian_records_read_and_write_big_endian_and_fields_may_override_it()
    {
        using var temp = new TempDirectory();
        var path = temp.File("big.bin");
        var data = new byte[36 + 33];
        for (var i = 0; i < 2; i++)
        {
            var r = data.AsSpan(i * 36);
            BinaryPrimitives.WriteUInt32BigEndian(r, 0xCAFEBABE + (uint)i);
            BinaryPrimitives.WriteInt64BigEndian(r[4..], -5_000_000_000 - i);
            BinaryPrimitives.WriteDoubleBigEndian(r[12..], Math.PI * (i + 1));
            BinaryPrimitives.WriteInt32LittleEndian(r[20..], -123456 - i);
            BinaryPrimitives.WriteHalfBigEndian(r[24..], (Half)(0.5f + i));
            // Color is a little-endian record: nested in a big-endian one, it keeps its own order.
            BinaryPrimitives.WriteUInt16LittleEndian(r[26..], (ushort)(300 + i));
            BinaryPrimitives.WriteUInt16LittleEndian(r[28..], 2);
            BinaryPrimitives.WriteUInt16LittleEndian(r[30..], 3);
            r[32] = (byte)(sbyte)(-5 - i);
        }

        File.WriteAllBytes(path, data);

        using (var file = MappedFile.Open(path, MapAccess.ReadWrite))
        {
            var view = file.View<BigEndianRecord>();
            Assert.Equal(2, view.Count);
            var r = view[1];
            Assert.Equal(0xCAFEBABFu, r.Magic);
            Assert.Equal((LongKind)(-5_000_000_001), r.Epoch);
            Assert.Equal(Math.PI * 2, r.Scale);
            Assert.Equal(-123457, r.LittleInt);
            Assert.Equal((Half)1.5f, r.Ratio);
            Assert.Equal(301, r.Tint.Red);
            Assert.Equal(-6, r.Sign);

            r.Magic = 0x01020304;
            r.Epoch = (LongKind)0x1122334455667788;
            r.Scale = -0.1;
            r.LittleInt = 0x0A0B0C0D;
            r.Ratio = Half.MaxValue;
            r.Sign = -128;
            file.Flush();
        }

        var bytes = File.ReadAllBytes(path).AsSpan(36);
        Assert.Equal(0x01020304u, BinaryPrimitives.ReadUInt32BigEndian(bytes));
        Assert.Equal(0x1122334455667788, BinaryPrimitives.ReadInt64BigEndian(bytes[4..]));
        Assert.Equal(-0.1, BinaryPrimitives.ReadDoubleBigEndian(bytes[12..]));
        Assert.Equal(0x0A0B0C0D, BinaryPrimitives.ReadInt32LittleEndian(bytes[20..]));
        Assert.Equal(Half.MaxValue, BinaryPrimitives.ReadHalfBigEndian(bytes[24..]));
        Assert.Equal(0x80, bytes[32]);
    }

    [Fact]
    public void A_big_endian_record_nested_in_a_little_endian_one_keeps_its_own_order()
    {
        using var temp = new TempDirectory();
        var path = temp.File("pair.bin");
        var data = new byte[4];
        BinaryPrimitives.WriteUInt16BigEndian(data, 0x1234);
        BinaryPrimitives.WriteUInt16LittleEndian(data.AsSpan(2), 0x5678);
        File.WriteAllBytes(path, data);

        using (var file = MappedFile.Open(path, MapAccess.ReadWrite))
        {
            var pair = file.Read<LittleWithBig>(0).Pair;
            Assert.Equal(0x1234, pair.High);
            Assert.Equal(0x5678, pair.Low);
            pair.High = 0xABCD;
            pair.Low = 0xEF01;
            file.Flush();
        }

        Assert.Equal(new byte[] { 0xAB, 0xCD, 0x01, 0xEF }, File.ReadAllBytes(path));
    }
}
