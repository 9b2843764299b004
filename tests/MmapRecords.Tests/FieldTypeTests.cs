using System.IO;
using MmapRecords.Tests.Oracles;
using L = MmapRecords.Tests.AllTypesLayout;

namespace MmapRecords.Tests;

/// <summary>Every field type, at odd and even offsets, read from and written to real files whose bytes BinaryPrimitives wrote and checks.</summary>
public sealed class FieldTypeTests
{
    private const byte GapByte = 0xA5;

    /// <summary>A file of <paramref name="values"/> after a <paramref name="header"/>-byte header; gaps and padding hold <see cref="GapByte"/>.</summary>
    internal static byte[] Table(Oracles.AllTypes[] values, int header = 0)
    {
        var data = new byte[header + (values.Length * L.Stride)];
        data.AsSpan().Fill(GapByte);
        for (var i = 0; i < values.Length; i++)
        {
            AllTypesCodec.Write(data.AsSpan(header + (i * L.Stride), L.Size), values[i]);
        }

        return data;
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    public void Every_field_type_reads_what_BinaryPrimitives_wrote(int header)
    {
        // With a stride of 86 every field sits at an odd file offset; a 7-byte header makes every one even.
        using var temp = new TempDirectory();
        var path = temp.File("all.bin");
        var values = AllTypesCodec.Values(40, seed: 1);
        File.WriteAllBytes(path, Table(values, header));

        using var file = MappedFile.Open(path);
        var view = header == 0 ? file.View<AllTypes>() : file.View<AllTypes>(header);
        Assert.Equal(values.Length, view.Count);
        for (var i = 0; i < values.Length; i++)
        {
            Bits.AssertSame(values[i], AllTypesCodec.From(view[i]), $"record {i}");
        }
    }

    [Theory]
    [InlineData(0x01)]
    [InlineData(0x02)]
    [InlineData(0x80)]
    [InlineData(0xFF)]
    public void Any_non_zero_byte_reads_as_true(byte flag)
    {
        using var temp = new TempDirectory();
        var path = temp.File("flags.bin");
        var data = new byte[L.Size];
        data[L.Flag] = flag;
        File.WriteAllBytes(path, data);

        using var file = MappedFile.Open(path);
        Assert.True(file.Read<AllTypes>(0).Flag);
    }

    [Fact]
    public void Setters_write_every_field_type_and_the_bytes_persist_after_Flush_and_reopening()
    {
        using var temp = new TempDirectory();
        var path = temp.File("rw.bin");
        var original = AllTypesCodec.Values(6, seed: 2);
        var initial = Table(original);
        File.WriteAllBytes(path, initial);
        var replacement = AllTypesCodec.Values(9, seed: 3)[1..7];

        using (var file = MappedFile.Open(path, MapAccess.ReadWrite))
        {
            var view = file.View<AllTypes>();
            // Records 1, 3 and 5 (every field of each) from the odd-indexed replacement values.
            for (var i = 1; i < view.Count; i += 2)
            {
                AllTypesCodec.Set(view[i], replacement[i]);
            }

            file.Flush();
        }

        var bytes = File.ReadAllBytes(path);
        Assert.Equal(initial.Length, bytes.Length);
        for (var i = 0; i < original.Length; i++)
        {
            var record = bytes.AsSpan(i * L.Stride, L.Size);
            Bits.AssertSame(i % 2 == 1 ? replacement[i] : original[i], AllTypesCodec.Read(record), $"record {i} on disk");
            Assert.Equal(replacement[i].Flag && i % 2 == 1 || original[i].Flag && i % 2 == 0 ? 1 : 0, record[L.Flag]);
        }

        // Gap and padding bytes are never touched.
        for (var offset = 0; offset < bytes.Length; offset++)
        {
            var inRecord = offset % L.Stride;
            if (inRecord >= L.Size || Array.IndexOf(L.GapBytes, inRecord) >= 0)
            {
                Assert.Equal(GapByte, bytes[offset]);
            }
        }

        using var reopened = MappedFile.Open(path);
        Bits.AssertSame(replacement[3], AllTypesCodec.From(reopened.View<AllTypes>()[3]), "reopened record 3");
    }

    [Fact]
    public void Setters_on_a_read_only_mapping_throw_InvalidOperationException_and_leave_the_file_unchanged()
    {
        using var temp = new TempDirectory();
        var path = temp.File("ro.bin");
        var values = AllTypesCodec.Values(2, seed: 4);
        var initial = Table(values);
        File.WriteAllBytes(path, initial);

        using (var file = MappedFile.Open(path))
        {
            var record = file.View<AllTypes>()[1];
            var setters = new Action[]
            {
                () => record.U8 = 1, () => record.I8 = 1, () => record.I16 = 1, () => record.U16 = 1, () => record.I32 = 1,
                () => record.U32 = 1, () => record.I64 = 1, () => record.U64 = 1, () => record.F32 = 1, () => record.F64 = 1,
                () => record.F16 = (Half)1, () => record.Flag = true, () => record.E8 = ByteKind.One, () => record.ES8 = SByteKind.Min,
                () => record.E16 = ShortKind.Min, () => record.EU16 = UShortKind.Max, () => record.E32 = IntKind.Min,
                () => record.EU32 = UIntKind.Max, () => record.E64 = LongKind.Min, () => record.EU64 = ULongKind.Max,
            };
            foreach (var set in setters)
            {
                var error = Assert.Throws<InvalidOperationException>(set);
                Assert.Contains(Path.GetFileName(path), error.Message, StringComparison.Ordinal);
            }

            var position = file.Read<Vertex>(0).Position;
            Assert.Throws<InvalidOperationException>(() => position.X = 1);
        }

        Assert.Equal(initial, File.ReadAllBytes(path));
    }

    [Fact]
    public void Copy_on_write_setters_change_the_mapping_but_never_the_file()
    {
        using var temp = new TempDirectory();
        var path = temp.File("cow.bin");
        var values = AllTypesCodec.Values(3, seed: 5);
        var initial = Table(values);
        File.WriteAllBytes(path, initial);

        using (var file = MappedFile.Open(path, MapAccess.CopyOnWrite))
        {
            var record = file.View<AllTypes>()[2];
            AllTypesCodec.Set(record, values[0]);
            Bits.AssertSame(values[0], AllTypesCodec.From(record), "copy-on-write record");
            file.Flush();
        }

        Assert.Equal(initial, File.ReadAllBytes(path));
    }

    [Fact]
    public void A_mutable_record_struct_reads_and_writes_like_a_readonly_one()
    {
        using var temp = new TempDirectory();
        var path = temp.File("cursor.bin");
        var data = new byte[11 + 10];
        System.Buffers.Binary.BinaryPrimitives.WriteDoubleLittleEndian(data.AsSpan(12), -1.25);
        data[20] = 255;
        File.WriteAllBytes(path, data);

        using (var file = MappedFile.Open(path, MapAccess.ReadWrite))
        {
            var cursor = file.View<Cursor>()[1];
            Assert.Equal(-1.25, cursor.Position);
            Assert.Equal(ByteKind.Max, cursor.Kind);
            cursor.Position = 3.5;
            cursor.Reset();
            file.Flush();
        }

        var bytes = File.ReadAllBytes(path);
        Assert.Equal(3.5, System.Buffers.Binary.BinaryPrimitives.ReadDoubleLittleEndian(bytes.AsSpan(12)));
        Assert.Equal(0, bytes[20]);
    }
}
