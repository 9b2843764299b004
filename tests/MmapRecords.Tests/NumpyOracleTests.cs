using System.IO;
using static MmapRecords.Tests.NumpyComparison;

namespace MmapRecords.Tests;

/// <summary>
/// numpy maps the same file with nothing but the dtype <see cref="RecordSchema.ToNumpyDtype()"/> exported, and must read
/// every value the library reads: files C# wrote (every byte random: NaN payloads, bools other than 0 and 1, bytes after
/// a string's NUL, padding) and files numpy wrote field by field with <c>numpy.memmap</c>.
/// </summary>
public sealed class NumpyOracleTests
{
    private const int Count = 16;

    [Fact]
    public void Seed_vertices() => Both<Vertex>(LibraryValues.Of, seed: 1);

    [Fact]
    public void Seed_vectors_and_colors()
    {
        Both<Vector>(LibraryValues.Of, seed: 2);
        Both<Color>(LibraryValues.Of, seed: 3);
    }

    [Fact]
    public void Every_scalar_type_and_enum_with_gaps_and_padding() => Both<AllTypes>(LibraryValues.Of, seed: 4);

    [Fact]
    public void Big_endian_records_with_little_endian_fields_and_arrays() => Both<BigHeader>(LibraryValues.Of, seed: 5);

    [Fact]
    public void Big_endian_record_with_a_little_endian_nested_record() => Both<BigEndianRecord>(LibraryValues.Of, seed: 6);

    [Fact]
    public void Little_endian_record_with_a_big_endian_nested_record() => Both<LittleWithBig>(LibraryValues.Of, seed: 7);

    [Fact]
    public void Three_levels_of_nested_records_with_strides() => Both<Mesh>(LibraryValues.Of, seed: 8);

    [Fact]
    public void Arrays_as_spans_bool_arrays_and_records_past_the_parent() => Both<Samples>(LibraryValues.Of, seed: 9);

    [Fact]
    public void Tables_of_nested_records_as_subarrays() => Both<Polyline>(LibraryValues.Of, seed: 10);

    [Fact]
    public void Fixed_strings_in_every_8_bit_encoding_with_raw_bytes_over_them()
    {
        Both<Person>(LibraryValues.Of, seed: 11);
        Both<Tag>(LibraryValues.Of, seed: 12);
    }

    [Fact]
    public void Numpy_reads_the_colors_bin_the_seed_sample_wrote()
    {
        using var temp = new TempDirectory();
        var path = temp.File("colors.bin");
        Tool.Run("dotnet", [ColoredVerticesOracleTests.SampleDll(), path]).EnsureSuccess();

        var numpy = Numpy.Read(RecordSchema.Of<Vertex>().ToNumpyDtype(), path);

        // The values the sample writes, read by numpy; then the library's reading of the same file.
        float[][] positions = [[1f, 2f, 3f], [7.5f, -8.25f, 9f], [0.1f, 0.2f, 0.3f]];
        ushort[][] colors = [[4, 5, 6], [100, 200, 300], [65535, 0, 32768]];
        Assert.Equal(3, numpy.Length);
        for (var i = 0; i < 3; i++)
        {
            var position = numpy[i].GetProperty("Position");
            Assert.Equal(positions[i].Select(BitConverter.SingleToUInt32Bits), new[] { "X", "Y", "Z" }.Select(n => position.GetProperty(n).GetProperty("bits").GetUInt32()));
            var color = numpy[i].GetProperty("Color");
            Assert.Equal(colors[i], new[] { "Red", "Green", "Blue" }.Select(n => color.GetProperty(n).GetUInt16()));
        }

        using var file = MappedFile.Open(path);
        AssertSame(RecordSchema.Of<Vertex>(), [.. file.View<Vertex>().Select(LibraryValues.Of)], numpy);
    }

    [Fact]
    public void The_sample_exports_the_dtype_numpy_writes_with_and_maps_what_numpy_wrote()
    {
        using var temp = new TempDirectory();
        var printed = Tool.Run("dotnet", [ColoredVerticesOracleTests.SampleDll(), "--schema"]).EnsureSuccess().Output.TrimEnd('\n').Split('\n');
        Assert.Equal(RecordSchema.Of<Vertex>().ToString().Split('\n'), printed[..^1]);
        var dtype = printed[^1];
        Assert.Equal(RecordSchema.Of<Vertex>().ToNumpyDtype(), dtype);

        var path = temp.File("from-numpy.bin");
        var numpy = Numpy.Write(dtype, path, 3, seed: 13);
        var lines = Tool.Run("dotnet", [ColoredVerticesOracleTests.SampleDll(), "--read", path]).EnsureSuccess().Output.TrimEnd('\n').Split('\n');

        Assert.Equal(3, lines.Length);
        using var file = MappedFile.Open(path);
        Assert.Equal(file.View<Vertex>().Select(v => v.ToString()), lines);
        AssertSame(RecordSchema.Of<Vertex>(), [.. file.View<Vertex>().Select(LibraryValues.Of)], numpy);
    }

    [Fact]
    public void Numpy_reads_what_the_generated_setters_wrote()
    {
        using var temp = new TempDirectory();
        var path = temp.File("big.bin");
        using (var file = MappedFile.Create(path, 2 * RecordSchema.Of<BigHeader>().Stride))
        {
            var header = file.View<BigHeader>()[1];
            header.Magic = 0xCAFEBABE;
            header.Delta = -2;
            header.Ratio = Math.PI;
            header.Small = (Half)0.5f;
            header.Kind = Kind.Directory;
            header.Little = -123456;
            header.Values = [1, 0x0203, 65535];
            header.Big = long.MinValue + 7;
            header.Ratio32 = float.NegativeInfinity;
            file.Flush();
        }

        var numpy = Numpy.Read(RecordSchema.Of<BigHeader>().ToNumpyDtype(), path);

        var record = numpy[1];
        Assert.Equal(0xCAFEBABE, record.GetProperty("Magic").GetUInt32());
        Assert.Equal(-2, record.GetProperty("Delta").GetInt16());
        Assert.Equal(BitConverter.DoubleToUInt64Bits(Math.PI), record.GetProperty("Ratio").GetProperty("bits").GetUInt64());
        Assert.Equal(0x3800, record.GetProperty("Small").GetProperty("bits").GetUInt16());
        Assert.Equal(0x0102, record.GetProperty("Kind").GetUInt16());
        Assert.Equal(-123456, record.GetProperty("Little").GetInt32());
        Assert.Equal([1, 0x0203, 65535], record.GetProperty("Values").EnumerateArray().Select(e => e.GetUInt16()));
        Assert.Equal(long.MinValue + 7, record.GetProperty("Big").GetInt64());
        Assert.Equal(0xFF800000u, record.GetProperty("Ratio32").GetProperty("bits").GetUInt32());
    }

    [Theory]
    [InlineData(ByteOrder.LittleEndian)]
    [InlineData(ByteOrder.BigEndian)]
    public void Variable_record_with_guid_char_utf16_and_a_table_in_the_order_chosen(ByteOrder order) =>
        Both<Mixed>(VariableLibraryValues.Of, seed: 20 + (int)order, order);

    [Fact]
    public void Fixed_record_holding_variable_records_and_utf16_text() => Both<FixedHolder>(VariableLibraryValues.Of, seed: 30);

    [Fact]
    public void Zero_copy_table_of_records() => Both<PartitionTable>(VariableLibraryValues.Of, seed: 31);

    /// <summary>Both directions for <typeparamref name="T"/>: C# writes and numpy reads, numpy writes and C# reads.</summary>
    private static void Both<T>(Func<T, Fields> values, int seed, ByteOrder order = ByteOrder.Default) where T : struct, IRecord<T>
    {
        var schema = RecordSchema.Of<T>();
        var dtype = order == ByteOrder.Default ? schema.ToNumpyDtype() : schema.ToNumpyDtype(order);
        using var temp = new TempDirectory();

        RecordView<T> View(MappedFile file) => order == ByteOrder.Default ? file.View<T>() : file.View<T>(0, Count, order);

        // C# writes every byte of the file (at random); numpy maps it with the dtype.
        var written = temp.File("csharp.bin");
        var bytes = new byte[Count * schema.Stride];
        new Random(seed).NextBytes(bytes);
        File.WriteAllBytes(written, bytes);
        var numpyRead = Numpy.Read(dtype, written);
        // Copy-on-write: a Span<T> field's getter needs a writable mapping; the file stays as numpy read it.
        using (var file = MappedFile.Open(written, MapAccess.CopyOnWrite))
        {
            AssertSame(schema, [.. View(file).Select(values)], numpyRead, order);
        }

        // numpy writes a table field by field through numpy.memmap; the library maps it.
        var numpyWritten = temp.File("numpy.bin");
        var numpyValues = Numpy.Write(dtype, numpyWritten, Count, seed);
        Assert.Equal(Count * schema.Stride, new FileInfo(numpyWritten).Length);
        using (var file = MappedFile.Open(numpyWritten, MapAccess.CopyOnWrite))
        {
            AssertSame(schema, [.. View(file).Select(values)], numpyValues, order);
        }
    }
}
