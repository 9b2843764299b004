namespace MmapRecords.Tests;

/// <summary>What <see cref="RecordSchema.Of{T}"/> holds, as the records' attributes declare it, and its numpy literal.</summary>
public sealed class RecordSchemaTests
{
    [Fact]
    public void The_seed_vertex_as_its_attributes_declare_it()
    {
        var vertex = RecordSchema.Of<Vertex>();

        Assert.Equal(("Vertex", 18, 20, ByteOrder.LittleEndian), (vertex.Name, vertex.Size, vertex.Stride, vertex.ByteOrder));
        Assert.Equal(["Position", "Color"], vertex.Fields.Select(f => f.Name));
        var position = vertex.Fields[0];
        Assert.Equal((0, 12, typeof(Vector), 0), (position.Offset, position.Width, position.Type, position.Length));
        Assert.Same(RecordSchema.Of<Vector>(), position.Nested);
        var color = vertex.Fields[1];
        Assert.Equal((12, 6, typeof(Color)), (color.Offset, color.Width, color.Type));
        Assert.Same(RecordSchema.Of<Color>(), color.Nested);
        Assert.Equal(["Red", "Green", "Blue"], color.Nested!.Fields.Select(f => f.Name));
        Assert.Equal([0, 2, 4], color.Nested.Fields.Select(f => f.Offset));
        Assert.All(color.Nested.Fields, f => Assert.Equal((2, typeof(ushort), ByteOrder.LittleEndian, 0, (RecordSchema?)null), (f.Width, f.Type, f.ByteOrder, f.Length, f.Nested)));
    }

    [Fact]
    public void Of_builds_the_schema_once()
    {
        Assert.Same(RecordSchema.Of<Vertex>(), RecordSchema.Of<Vertex>());
        Assert.Same(RecordSchema.Of<Vertex>().Fields, RecordSchema.Of<Vertex>().Fields);
    }

    [Fact]
    public void Byte_orders_of_records_fields_and_nested_records()
    {
        var header = RecordSchema.Of<BigHeader>();
        Assert.Equal(ByteOrder.BigEndian, header.ByteOrder);
        Assert.Equal(ByteOrder.LittleEndian, header.Fields.Single(f => f.Name == "Little").ByteOrder);
        Assert.Equal(ByteOrder.BigEndian, header.Fields.Single(f => f.Name == "Magic").ByteOrder);
        Assert.Equal(typeof(Kind), header.Fields.Single(f => f.Name == "Kind").Type);

        // A nested record's fields are in its own order, whatever its parent's.
        var tint = RecordSchema.Of<BigEndianRecord>().Fields.Single(f => f.Name == "Tint");
        Assert.Equal(ByteOrder.LittleEndian, tint.ByteOrder);
        var pair = RecordSchema.Of<LittleWithBig>().Fields.Single();
        Assert.Equal(ByteOrder.BigEndian, pair.ByteOrder);
        Assert.Equal(ByteOrder.LittleEndian, pair.Nested!.Fields.Single(f => f.Name == "Low").ByteOrder);
    }

    [Fact]
    public void Arrays_strings_and_spans_keep_their_declared_type_length_and_encoding()
    {
        var samples = RecordSchema.Of<Samples>().Fields.ToDictionary(f => f.Name);
        Assert.Equal((typeof(ReadOnlySpan<int>), typeof(int), 4, 16, true), (samples["Ints"].Type, samples["Ints"].ElementType, samples["Ints"].Length, samples["Ints"].Width, samples["Ints"].IsArray));
        Assert.Equal((typeof(Span<short>), typeof(short), 3, 6), (samples["Shorts"].Type, samples["Shorts"].ElementType, samples["Shorts"].Length, samples["Shorts"].Width));
        Assert.Equal((typeof(bool[]), typeof(bool), 2), (samples["Flags"].Type, samples["Flags"].ElementType, samples["Flags"].Length));

        // Two 3-byte pairs 4 bytes apart: the last one needs its Size only.
        Assert.Equal((typeof(Pair[]), typeof(Pair), 2, 7), (samples["Pairs"].Type, samples["Pairs"].ElementType, samples["Pairs"].Length, samples["Pairs"].Width));
        Assert.Same(RecordSchema.Of<Pair>(), samples["Pairs"].Nested);

        var person = RecordSchema.Of<Person>().Fields.ToDictionary(f => f.Name);
        Assert.Equal((typeof(string), 10, TextEncoding.Utf8, false), (person["Name"].Type, person["Name"].Length, person["Name"].Encoding, person["Name"].IsArray));
        Assert.Equal((TextEncoding.Latin1, 8), (person["City"].Encoding, person["City"].Width));
        Assert.Equal((TextEncoding.Ascii, 18), (person["Code"].Encoding, person["Code"].Offset));
        Assert.Equal((typeof(ReadOnlySpan<byte>), 0, 10), (person["NameBytes"].Type, person["NameBytes"].Offset, person["NameBytes"].Width));

        // string? is a string.
        Assert.Equal(typeof(string), RecordSchema.Of<Tag>().Fields.Single().Type);
    }

    [Fact]
    public void Fields_named_like_the_interface_members()
    {
        var awkward = RecordSchema.Of<Awkward>();
        Assert.Equal(["other", "hash", "Size"], awkward.Fields.Select(f => f.Name));
        Assert.Equal(12, awkward.Size);
    }

    [Fact]
    public void The_seed_vertex_as_a_numpy_dtype()
    {
        Assert.Equal(
            "{'names': ['Position', 'Color'], 'formats': ["
            + "{'names': ['X', 'Y', 'Z'], 'formats': ['<f4', '<f4', '<f4'], 'offsets': [0, 4, 8], 'itemsize': 12}, "
            + "{'names': ['Red', 'Green', 'Blue'], 'formats': ['<u2', '<u2', '<u2'], 'offsets': [0, 2, 4], 'itemsize': 6}], "
            + "'offsets': [0, 12], 'itemsize': 20}",
            RecordSchema.Of<Vertex>().ToNumpyDtype());
    }

    [Fact]
    public void Numpy_formats_of_every_kind_of_field()
    {
        Assert.Equal(
            "{'names': ['Magic', 'Delta', 'Ratio', 'Small', 'Kind', 'Little', 'Values', 'Big', 'Ratio32'], "
            + "'formats': ['>u4', '>i2', '>f8', '>f2', '>u2', '<i4', ('>u2', (3,)), '>i8', '>f4'], "
            + "'offsets': [0, 4, 6, 14, 16, 18, 22, 28, 36], 'itemsize': 40}",
            RecordSchema.Of<BigHeader>().ToNumpyDtype());
        Assert.Equal(
            "{'names': ['Name', 'City', 'Code', 'Age', 'NameBytes'], 'formats': ['S10', 'S8', 'S4', '<u2', ('u1', (10,))], "
            + "'offsets': [0, 10, 18, 22, 0], 'itemsize': 24}",
            RecordSchema.Of<Person>().ToNumpyDtype());

        // Pairs of 3 bytes every 4: the subarray's last element would end at 33, past the 32-byte record, so the
        // elements are named instead, each 3 bytes, 4 apart.
        var pair = "{'names': ['A', 'B'], 'formats': ['u1', '<u2'], 'offsets': [0, 1], 'itemsize': 3}";
        Assert.Equal(
            "{'names': ['Ints', 'Shorts', 'Flags', 'Pairs'], 'formats': [('<i4', (4,)), ('<i2', (3,)), ('?', (2,)), "
            + $"{{'names': ['0', '1'], 'formats': [{pair}, {pair}], 'offsets': [0, 4], 'itemsize': 7}}], "
            + "'offsets': [1, 17, 23, 25], 'itemsize': 32}",
            RecordSchema.Of<Samples>().ToNumpyDtype());

        // Where the last element's padding fits, a subarray of 4-byte elements.
        Assert.Contains("({'names': ['A', 'B'], 'formats': ['u1', '<u2'], 'offsets': [0, 1], 'itemsize': 4}, (3,))", RecordSchema.Of<Polyline>().ToNumpyDtype(), StringComparison.Ordinal);
        Assert.Contains("('>i2', (2,))", RecordSchema.Of<Polyline>().ToNumpyDtype(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_byte_order_for_a_record_with_a_fixed_one_is_an_error_that_says_what_to_call()
    {
        var error = Assert.Throws<ArgumentException>(() => RecordSchema.Of<BigHeader>().ToNumpyDtype(ByteOrder.LittleEndian));
        Assert.Equal("byteOrder", error.ParamName);
        Assert.Contains("'BigHeader' is always big-endian", error.Message, StringComparison.Ordinal);
        Assert.Contains("Call ToNumpyDtype() without one", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_field_as_one_line()
    {
        Assert.Equal("ushort Values[3] at 22, 6 bytes, big-endian", RecordSchema.Of<BigHeader>().Fields.Single(f => f.Name == "Values").ToString());
        Assert.Equal("int Little at 18, 4 bytes, little-endian", RecordSchema.Of<BigHeader>().Fields.Single(f => f.Name == "Little").ToString());
        Assert.Equal("struct Color Color at 12, 6 bytes, little-endian", RecordSchema.Of<Vertex>().Fields[1].ToString());
    }

    [Fact]
    public void A_variable_record_needs_an_order_for_numpy_and_says_which_overload()
    {
        var mixed = RecordSchema.Of<Mixed>();
        Assert.Equal(ByteOrder.Variable, mixed.ByteOrder);
        var error = Assert.Throws<ArgumentException>(() => mixed.ToNumpyDtype());
        Assert.Contains("Call ToNumpyDtype(ByteOrder.LittleEndian) or ToNumpyDtype(ByteOrder.BigEndian)", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => mixed.ToNumpyDtype(ByteOrder.Variable));
        Assert.Throws<ArgumentException>(() => mixed.ToNumpyDtype(ByteOrder.Default));

        // Fields of the record's order take the one chosen; fields with their own keep it.
        Assert.StartsWith("{'names': ['Magic', 'Letter', 'Number', 'Big', 'Id', 'NetworkId', 'Name', ", mixed.ToNumpyDtype(ByteOrder.BigEndian), StringComparison.Ordinal);
        Assert.Contains("'formats': ['<u2', '>u2', '>i4', '>i8', 'V16', 'V16', 'V20', ", mixed.ToNumpyDtype(ByteOrder.BigEndian), StringComparison.Ordinal);
        Assert.Contains("'formats': ['<u2', '<u2', '<i4', '<i8', 'V16', 'V16', 'V20', ", mixed.ToNumpyDtype(ByteOrder.LittleEndian), StringComparison.Ordinal);
    }

    [Fact]
    public void New_field_types_in_the_schema()
    {
        var mixed = RecordSchema.Of<Mixed>().Fields.ToDictionary(f => f.Name);
        Assert.Equal((typeof(char), ByteOrder.Variable), (mixed["Letter"].Type, mixed["Letter"].ByteOrder));
        Assert.Equal((typeof(Guid), ByteOrder.BigEndian, 16), (mixed["NetworkId"].Type, mixed["NetworkId"].ByteOrder, mixed["NetworkId"].Width));
        Assert.Equal((TextEncoding.Utf16, 20), (mixed["Name"].Encoding, mixed["Name"].Length));
        Assert.Equal((typeof(RecordView<Move>), typeof(Move), 2, 16, true), (mixed["Moves"].Type, mixed["Moves"].ElementType, mixed["Moves"].Length, mixed["Moves"].Width, mixed["Moves"].IsArray));
        Assert.Same(RecordSchema.Of<Move>(), mixed["Moves"].Nested);
        Assert.Equal(ByteOrder.LittleEndian, mixed["Magic"].ByteOrder);
        Assert.Equal(ByteOrder.BigEndian, mixed["Word"].ByteOrder);

        // A Variable record nested in a fixed one takes its field's order.
        var holder = RecordSchema.Of<FixedHolder>().Fields.ToDictionary(f => f.Name);
        Assert.Equal((ByteOrder.BigEndian, ByteOrder.LittleEndian), (holder["Big"].ByteOrder, holder["Little"].ByteOrder));
    }
}
