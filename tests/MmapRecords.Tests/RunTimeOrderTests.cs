using System.Buffers.Binary;
using System.Text;
using CsCheck;

namespace MmapRecords.Tests;

/// <summary>
/// ByteOrder.Variable records and the new field types, on files written by independent code: <see cref="BinaryPrimitives"/>,
/// <see cref="Encoding.Unicode"/> / <see cref="Encoding.BigEndianUnicode"/> and <see cref="Guid.TryWriteBytes(Span{byte}, bool, out int)"/>.
/// </summary>
public sealed class RunTimeOrderTests
{
    /// <summary>The values of one <see cref="Mixed"/> record.</summary>
    public sealed record Values(
        ushort Magic,
        char Letter,
        int Number,
        long Big,
        Guid Id,
        Guid NetworkId,
        string Name,
        (ushort Tag, short Delta, float Ratio) First,
        uint Word,
        ushort[] Shorts,
        (ushort Tag, short Delta, float Ratio)[] Moves,
        double Ratio,
        byte[] Tail,
        ushort SmallBits,
        ushort[] Fixed,
        uint Checksum);

    private static readonly Gen<(ushort, short, float)> Move = Gen.Select(Gen.UShort, Gen.Short, Gen.Float);

    // Names of UTF-16 code units that Encoding.Unicode writes as they are (no NUL, no lone surrogates), up to 10 units.
    private static readonly Gen<string> Name = Gen.String[Gen.Char[(char)1, (char)0xD7FF], 0, 10];

    private static readonly Gen<Values> AnyValues = Gen.Select(
        Gen.Select(Gen.UShort, Gen.Char[(char)0, (char)0xFFFF], Gen.Int, Gen.Long, Gen.Guid, Gen.Guid, Name, Move),
        Gen.Select(Gen.UInt, Gen.UShort.Array[3], Move.Array[2], Gen.Double, Gen.Byte.Array[4], Gen.UShort, Gen.UShort.Array[2], Gen.UInt),
        (a, b) => new Values(a.Item1, a.Item2, a.Item3, a.Item4, a.Item5, a.Item6, a.Item7, a.Item8, b.Item1, b.Item2, b.Item3, b.Item4, b.Item5, b.Item6, b.Item7, b.Item8));

    /// <summary>The 124 bytes of a <see cref="Mixed"/> record in <paramref name="bigEndian"/> order, written without the library.</summary>
    public static byte[] Encode(Values v, bool bigEndian)
    {
        var bytes = new byte[124];
        var span = bytes.AsSpan();
        BinaryPrimitives.WriteUInt16LittleEndian(span, v.Magic);
        U16(span[2..], v.Letter, bigEndian);
        if (bigEndian)
        {
            BinaryPrimitives.WriteInt32BigEndian(span[4..], v.Number);
            BinaryPrimitives.WriteInt64BigEndian(span[8..], v.Big);
        }
        else
        {
            BinaryPrimitives.WriteInt32LittleEndian(span[4..], v.Number);
            BinaryPrimitives.WriteInt64LittleEndian(span[8..], v.Big);
        }

        Assert.True(v.Id.TryWriteBytes(span.Slice(16, 16), bigEndian, out _));
        Assert.True(v.NetworkId.TryWriteBytes(span.Slice(32, 16), bigEndian: true, out _));
        (bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode).GetBytes(v.Name).CopyTo(span[48..]);
        WriteMove(span[68..], v.First, bigEndian);
        BinaryPrimitives.WriteUInt32BigEndian(span[76..], v.Word);
        for (var i = 0; i < 3; i++)
        {
            U16(span[(80 + (2 * i))..], v.Shorts[i], bigEndian);
        }

        WriteMove(span[86..], v.Moves[0], bigEndian);
        WriteMove(span[94..], v.Moves[1], bigEndian);
        if (bigEndian)
        {
            BinaryPrimitives.WriteDoubleBigEndian(span[102..], v.Ratio);
        }
        else
        {
            BinaryPrimitives.WriteDoubleLittleEndian(span[102..], v.Ratio);
        }

        v.Tail.CopyTo(span[110..]);
        U16(span[114..], v.SmallBits, bigEndian);
        BinaryPrimitives.WriteUInt16LittleEndian(span[116..], v.Fixed[0]);
        BinaryPrimitives.WriteUInt16LittleEndian(span[118..], v.Fixed[1]);
        if (bigEndian)
        {
            BinaryPrimitives.WriteUInt32BigEndian(span[120..], v.Checksum);
        }
        else
        {
            BinaryPrimitives.WriteUInt32LittleEndian(span[120..], v.Checksum);
        }

        return bytes;
    }

    private static void WriteMove(Span<byte> span, (ushort Tag, short Delta, float Ratio) move, bool bigEndian)
    {
        U16(span, move.Tag, bigEndian);
        U16(span[2..], (ushort)move.Delta, bigEndian);
        if (bigEndian)
        {
            BinaryPrimitives.WriteSingleBigEndian(span[4..], move.Ratio);
        }
        else
        {
            BinaryPrimitives.WriteSingleLittleEndian(span[4..], move.Ratio);
        }
    }

    private static void U16(Span<byte> span, ushort value, bool bigEndian)
    {
        if (bigEndian)
        {
            BinaryPrimitives.WriteUInt16BigEndian(span, value);
        }
        else
        {
            BinaryPrimitives.WriteUInt16LittleEndian(span, value);
        }
    }

    private static void AssertReads(Values v, Mixed m, byte[] expectedBytes)
    {
        Assert.Equal(v.Magic, m.Magic);
        Assert.Equal(v.Letter, m.Letter);
        Assert.Equal(v.Number, m.Number);
        Assert.Equal(v.Big, m.Big);
        Assert.Equal(v.Id, m.Id);
        Assert.Equal(v.NetworkId, m.NetworkId);
        Assert.Equal(v.Name, m.Name);
        AssertMove(v.First, m.First);
        Assert.Equal(v.Word, m.Word.Value);
        Assert.Equal(v.Shorts, m.Values);
        Assert.Equal(2, m.Moves.Count);
        AssertMove(v.Moves[0], m.Moves[0]);
        AssertMove(v.Moves[1], m.Moves[1]);
        Assert.Equal(BitConverter.DoubleToInt64Bits(v.Ratio), BitConverter.DoubleToInt64Bits(m.Ratio));
        Assert.Equal(v.Tail, m.Tail.ToArray());
        Assert.Equal(v.SmallBits, BitConverter.HalfToUInt16Bits(m.Small));
        Assert.Equal(v.Fixed, m.Fixed.ToArray());
        Assert.Equal(v.Checksum, m.Checksum);
        Assert.Equal(expectedBytes.AsSpan(0, 120).ToArray(), m.Covered.ToArray());
    }

    private static void AssertMove((ushort Tag, short Delta, float Ratio) expected, Move actual)
    {
        Assert.Equal(expected.Tag, actual.Tag);
        Assert.Equal(expected.Delta, actual.Delta);
        Assert.Equal(BitConverter.SingleToInt32Bits(expected.Ratio), BitConverter.SingleToInt32Bits(actual.Ratio));
    }

    private static void Poke(Values v, Mixed m, MappedFile file, long offset)
    {
        m.Magic = v.Magic;
        m.Letter = v.Letter;
        m.Number = v.Number;
        m.Big = v.Big;
        m.Id = v.Id;
        m.NetworkId = v.NetworkId;
        m.Name = v.Name;
        var first = m.First;
        first.Tag = v.First.Tag;
        first.Delta = v.First.Delta;
        first.Ratio = v.First.Ratio;
        var word = m.Word;
        word.Value = v.Word;
        m.Values = v.Shorts;
        for (var i = 0; i < 2; i++)
        {
            var move = m.Moves[i];
            move.Tag = v.Moves[i].Tag;
            move.Delta = v.Moves[i].Delta;
            move.Ratio = v.Moves[i].Ratio;
        }

        m.Ratio = v.Ratio;
        v.Tail.CopyTo(file.WritableBytes(offset + 110, 4));
        m.Small = BitConverter.UInt16BitsToHalf(v.SmallBits);
        BinaryPrimitives.WriteUInt16LittleEndian(file.WritableBytes(offset + 116, 2), v.Fixed[0]);
        BinaryPrimitives.WriteUInt16LittleEndian(file.WritableBytes(offset + 118, 2), v.Fixed[1]);
        m.Checksum = v.Checksum;
    }

    [Fact]
    public void Every_new_field_type_round_trips_in_both_orders_against_independently_written_bytes()
    {
        using var temp = new TempDirectory();
        var n = 0;
        AnyValues.Select(Gen.Bool).Sample((values, bigEndian) =>
        {
            var order = bigEndian ? ByteOrder.BigEndian : ByteOrder.LittleEndian;
            var expected = Encode(values, bigEndian);

            // Read: bytes written by independent code, at a run-time offset and the record's stride.
            var id = Interlocked.Increment(ref n);
            var path = temp.File($"read-{id}.bin");
            var content = new byte[5 + 132 + 124];
            expected.CopyTo(content, 5 + 132);
            File.WriteAllBytes(path, content);
            using (var file = MappedFile.Open(path))
            {
                var view = file.View<Mixed>(5, 2, order);
                AssertReads(values, view[1], expected);
                AssertReads(values, file.Read<Mixed>(5 + 132, order), expected);
            }

            // Write: through the setters, compared byte for byte with the independent encoding.
            var written = temp.File($"write-{id}.bin");
            using (var file = MappedFile.Create(written, 3 + 124))
            {
                Poke(values, file.Read<Mixed>(3, order), file, 3);
                file.Flush();
            }

            Assert.Equal(expected, File.ReadAllBytes(written)[3..]);
        }, iter: 300, threads: 1);
    }

    [Fact]
    public void The_same_bytes_read_in_the_other_order_are_byte_swapped_except_fields_with_a_fixed_order()
    {
        using var temp = new TempDirectory();
        var path = temp.File("swapped.bin");
        var values = new Values(0xFEFF, 'Ā', 0x01020304, 0x0102030405060708, Guid.NewGuid(), Guid.NewGuid(), "Zürich", (1, -2, 1.5f), 7, [1, 2, 3], [(4, 5, 6f), (7, 8, 9f)], 2.5, [1, 2, 3, 4], 0x3C00, [9, 10], 0xDEADBEEF);
        File.WriteAllBytes(path, Encode(values, bigEndian: false));
        using var file = MappedFile.Open(path);
        var little = file.Read<Mixed>(0, ByteOrder.LittleEndian);
        var big = file.Read<Mixed>(0, ByteOrder.BigEndian);
        Assert.Equal(0x04030201, big.Number);
        Assert.Equal((char)0x0001, big.Letter);
        Assert.Equal(values.Magic, big.Magic);
        Assert.Equal(values.NetworkId, big.NetworkId);
        Assert.Equal(values.Word, big.Word.Value);
        Assert.Equal(new Guid(Encode(values, false).AsSpan(16, 16), bigEndian: true), big.Id);
        Assert.Equal((ushort)0x0100, big.First.Tag);
        Assert.Equal((ushort)0x0400, big.Moves[0].Tag);
        Assert.NotEqual(little, big);
        Assert.Equal(values.Name, little.Name);
    }

    [Fact]
    public void Detach_keeps_the_order_and_equality_compares_values_whatever_the_order()
    {
        using var temp = new TempDirectory();
        var values = new Values(1, 'x', -5, 6, Guid.NewGuid(), Guid.NewGuid(), "name", (1, 2, 3f), 4, [5, 6, 7], [(8, 9, 10f), (11, 12, 13f)], 14, [15, 16, 17, 18], 0x4000, [19, 20], 21);
        var littlePath = temp.File("little.bin");
        var bigPath = temp.File("big.bin");
        File.WriteAllBytes(littlePath, Encode(values, bigEndian: false));
        File.WriteAllBytes(bigPath, Encode(values, bigEndian: true));
        Mixed detached;
        string text;
        using (var little = MappedFile.Open(littlePath))
        using (var big = MappedFile.Open(bigPath))
        {
            var fromLittle = little.Read<Mixed>(0, ByteOrder.LittleEndian);
            var fromBig = big.View<Mixed>(0, 1, ByteOrder.BigEndian)[0];

            // Equal values in either order are equal records...
            Assert.Equal(fromLittle.First, fromBig.First);
            Assert.Equal(fromLittle.First.GetHashCode(), fromBig.First.GetHashCode());
            Assert.Equal(fromLittle.Moves[1], fromBig.Moves[1]);

            // ...but a raw byte field's value is its bytes, which differ between the two files.
            Assert.NotEqual(fromLittle, fromBig);
            Assert.Equal(
                fromLittle.ToString().Split(", Covered = ")[0],
                fromBig.ToString().Split(", Covered = ")[0]);
            text = fromBig.ToString();
            detached = fromBig.Detach();
            Assert.Equal(fromBig, detached);
            Assert.Equal(fromBig.GetHashCode(), detached.GetHashCode());
        }

        Assert.Equal(text, detached.ToString());
        Assert.Equal(-5, detached.Number);
        Assert.Equal("name", detached.Name);
        Assert.Equal(11, detached.Moves[1].Tag);
        Assert.Contains("Name = name", text, StringComparison.Ordinal);
        Assert.Contains("Moves = [Move { Tag = 8, Delta = 9, Ratio = 10 }, Move { Tag = 11, Delta = 12, Ratio = 13 }]", text, StringComparison.Ordinal);
        Assert.Contains("Letter = x", text, StringComparison.Ordinal);
        Assert.Contains($"Id = {values.Id}", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Variable_record_reached_without_an_order_throws_ArgumentException_naming_it_and_the_overload()
    {
        using var temp = new TempDirectory();
        var path = temp.File("needs-order.bin");
        File.WriteAllBytes(path, new byte[300]);
        using var file = MappedFile.Open(path);
        foreach (var (call, overload) in new (Action Call, string Overload)[]
        {
            (() => file.View<Mixed>(), "View<Mixed>(offset, count, byteOrder)"),
            (() => file.View<Mixed>(0), "View<Mixed>(offset, count, byteOrder)"),
            (() => file.View<Mixed>(0, 1), "View<Mixed>(offset, count, byteOrder)"),
            (() => file.View<Mixed>(0, 1, 140), "View<Mixed>(offset, count, stride, byteOrder)"),
            (() => file.Read<Mixed>(0), "Read<Mixed>(offset, byteOrder)"),
        })
        {
            var e = Assert.Throws<ArgumentException>(call);
            Assert.Contains("Mixed", e.Message, StringComparison.Ordinal);
            Assert.Contains("ByteOrder.Variable", e.Message, StringComparison.Ordinal);
            Assert.Contains(overload, e.Message, StringComparison.Ordinal);
        }

        foreach (var order in new[] { ByteOrder.Default, ByteOrder.Variable, (ByteOrder)9 })
        {
            var e = Assert.Throws<ArgumentException>(() => file.Read<Mixed>(0, order));
            Assert.Equal("byteOrder", e.ParamName);
            Assert.Throws<ArgumentException>(() => file.View<Mixed>(0, 1, order));
            Assert.Throws<ArgumentException>(() => file.View<Mixed>(0, 1, 132, order));
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => file.View<Mixed>(0, 1, 123, ByteOrder.BigEndian));
        Assert.Throws<ArgumentOutOfRangeException>(() => file.View<Mixed>(0, 3, ByteOrder.BigEndian));
        Assert.Throws<ArgumentOutOfRangeException>(() => file.Read<Mixed>(177, ByteOrder.BigEndian));
        Assert.Equal(2, file.View<Mixed>(0, 2, 176, ByteOrder.BigEndian).Count);
        Assert.Throws<InvalidOperationException>(() => default(Mixed).Detach());
    }

    [Fact]
    public void A_Variable_view_with_a_run_time_stride_keeps_its_order_in_slices_and_foreach()
    {
        using var temp = new TempDirectory();
        var path = temp.File("strided.bin");
        const int Stride = 150;
        var content = new byte[(2 * Stride) + 124];
        for (var i = 0; i < 3; i++)
        {
            var values = new Values(0xAA55, 'a', i * 1000, -i, Guid.Empty, Guid.Empty, $"n{i}", (0, 0, 0), 0, [0, 0, 0], [(0, 0, 0), (0, 0, 0)], 0, [0, 0, 0, 0], 0, [0, 0], 0);
            Encode(values, bigEndian: true).CopyTo(content, i * Stride);
        }

        File.WriteAllBytes(path, content);
        using var file = MappedFile.Open(path);
        var view = file.View<Mixed>(0, 3, Stride, ByteOrder.BigEndian);
        Assert.Equal(Stride, view.Stride);
        Assert.Equal([0, 1000, 2000], view.Select(m => m.Number).ToArray());
        Assert.Equal(["n1", "n2"], view.Slice(1, 2).Select(m => m.Name).ToArray());
        Assert.Equal(Stride, view.Slice(1, 2).Stride);
        Assert.Contains("big-endian", view.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_Variable_record_nested_in_a_fixed_record_takes_the_fields_order()
    {
        using var temp = new TempDirectory();
        var path = temp.File("holder.bin");
        var bytes = new byte[20];
        BinaryPrimitives.WriteUInt16BigEndian(bytes, 0x1234);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(8), 0x1234);
        Encoding.BigEndianUnicode.GetBytes("é").CopyTo(bytes, 16);
        File.WriteAllBytes(path, bytes);
        using var file = MappedFile.Open(path, MapAccess.ReadWrite);
        var holder = file.Read<FixedHolder>(0);
        Assert.Equal(0x1234, holder.Big.Tag);
        Assert.Equal(0x1234, holder.Little.Tag);
        Assert.Equal("é", holder.Letter);

        var e = Assert.Throws<ArgumentException>(() => holder.Letter = "ab");
        Assert.Contains("FixedHolder.Letter", e.Message, StringComparison.Ordinal);
        Assert.Equal("é", holder.Letter);
        holder.Letter = "";
        Assert.Equal(0, BinaryPrimitives.ReadUInt16BigEndian(file.Bytes(16, 2)));
    }

    [Fact]
    public void A_UTF16_string_ends_at_the_first_zero_unit_and_refuses_values_that_do_not_fit_before_writing()
    {
        using var temp = new TempDirectory();
        var path = temp.File("utf16.bin");
        var bytes = new byte[124];
        Encoding.Unicode.GetBytes("ab\0cd").CopyTo(bytes, 48);
        File.WriteAllBytes(path, bytes);
        using var file = MappedFile.Open(path, MapAccess.ReadWrite);
        var m = file.Read<Mixed>(0, ByteOrder.LittleEndian);
        Assert.Equal("ab", m.Name);

        // 0x0000 is a whole unit: a zero byte inside a unit does not end the string.
        Encoding.Unicode.GetBytes("\u0100\u0001").CopyTo(file.WritableBytes(48, 4));
        Assert.Equal("\u0100\u0001", m.Name);

        var before = file.Bytes(0, 124).ToArray();
        var tooLong = Assert.Throws<ArgumentException>(() => m.Name = "0123456789X");
        Assert.Contains("Mixed.Name", tooLong.Message, StringComparison.Ordinal);
        Assert.Contains("22 bytes", tooLong.Message, StringComparison.Ordinal);
        Assert.Contains("20 bytes", tooLong.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => m.Name = "a\0b");
        Assert.Equal(before, file.Bytes(0, 124).ToArray());

        m.Name = "0123456789";
        Assert.Equal("0123456789", m.Name);
        Assert.Equal(Encoding.Unicode.GetBytes("0123456789"), file.Bytes(48, 20).ToArray());
        m.Name = "z";
        Assert.Equal([(byte)'z', 0, 0, 0], file.Bytes(48, 4).ToArray());
    }

    [Fact]
    public void A_table_field_is_a_zero_copy_view_of_the_parents_bytes()
    {
        using var temp = new TempDirectory();
        var path = temp.File("mbr.bin");
        var bytes = new byte[512];
        for (var i = 0; i < 4; i++)
        {
            var entry = bytes.AsSpan(446 + (16 * i));
            entry[0] = (byte)(i == 0 ? 0x80 : 0);
            entry[4] = (byte)(0x83 + i);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[8..], (uint)(2048 * (i + 1)));
            BinaryPrimitives.WriteUInt32LittleEndian(entry[12..], (uint)(1000 + i));
        }

        bytes[510] = 0x55;
        bytes[511] = 0xAA;
        File.WriteAllBytes(path, bytes);
        using (var file = MappedFile.Open(path, MapAccess.ReadWrite))
        {
            var table = file.Read<PartitionTable>(446);
            Assert.Equal(0xAA55, table.Signature);
            var entries = table.Entries;
            Assert.Equal(4, entries.Count);
            Assert.Equal(16, entries.Stride);
            Assert.Equal(446, entries.ByteOffset);
            Assert.Equal(64, entries.ByteLength);
            Assert.Equal([0x83, 0x84, 0x85, 0x86], entries.Select(e => (int)e.Type).ToArray());
            Assert.Equal([2048u, 4096u, 6144u, 8192u], entries.Select(e => e.FirstSector).ToArray());
            Assert.Equal(bytes[446..512], table.Raw);
            var third = entries[2];
            third.Type = 0x07;
            file.Flush();
        }

        Assert.Equal(0x07, File.ReadAllBytes(path)[446 + 32 + 4]);
    }
}
