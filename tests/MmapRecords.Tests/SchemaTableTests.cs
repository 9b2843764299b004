using System.Globalization;

namespace MmapRecords.Tests;

/// <summary>
/// The pahole-style table of <see cref="RecordSchema.ToString"/>, pinned whole for records with nesting, holes,
/// trailing bytes no field covers, padding up to the stride and byte orders that differ from the record's.
/// </summary>
public sealed class SchemaTableTests
{
    [Fact]
    public void Seed_vertex_nested_records_and_padding_up_to_the_stride()
    {
        Assert.Equal(
            """
            struct Vertex {
                struct Vector {
                    float X;                        /*     0     4 */
                    float Y;                        /*     4     4 */
                    float Z;                        /*     8     4 */
                } Position;                         /*     0    12 */
                struct Color {
                    ushort Red;                     /*    12     2 */
                    ushort Green;                   /*    14     2 */
                    ushort Blue;                    /*    16     2 */
                } Color;                            /*    12     6 */

                /* XXX 2 bytes padding up to stride 20 */

                /* size: 18, stride: 20, members: 2, little-endian */
                /* padding: 2 */
            };
            """,
            RecordSchema.Of<Vertex>().ToString());
    }

    [Fact]
    public void Holes_between_fields_a_hole_before_the_first_and_padding()
    {
        Assert.Equal(
            """
            struct AllTypes {
                /* XXX 1 byte hole, try to pack */

                byte            U8;                 /*     1     1 */

                /* XXX 1 byte hole, try to pack */

                sbyte           I8;                 /*     3     1 */

                /* XXX 1 byte hole, try to pack */

                short           I16;                /*     5     2 */
                ushort          U16;                /*     7     2 */
                int             I32;                /*     9     4 */
                uint            U32;                /*    13     4 */
                long            I64;                /*    17     8 */
                ulong           U64;                /*    25     8 */
                float           F32;                /*    33     4 */
                double          F64;                /*    37     8 */
                Half            F16;                /*    45     2 */
                bool            Flag;               /*    47     1 */

                /* XXX 1 byte hole, try to pack */

                enum ByteKind   E8;                 /*    49     1 */

                /* XXX 1 byte hole, try to pack */

                enum SByteKind  ES8;                /*    51     1 */

                /* XXX 1 byte hole, try to pack */

                enum ShortKind  E16;                /*    53     2 */
                enum UShortKind EU16;               /*    55     2 */
                enum IntKind    E32;                /*    57     4 */
                enum UIntKind   EU32;               /*    61     4 */
                enum LongKind   E64;                /*    65     8 */
                enum ULongKind  EU64;               /*    73     8 */

                /* XXX 5 bytes padding up to stride 86 */

                /* size: 81, stride: 86, members: 20, little-endian */
                /* sum members: 75, holes: 6, sum holes: 6 */
                /* padding: 5 */
            };
            """,
            RecordSchema.Of<AllTypes>().ToString());
    }

    [Fact]
    public void Arrays_of_records_a_trailing_hole_inside_Size_then_the_padding()
    {
        Assert.Equal(
            """
            struct Polyline {
                byte  Count;                        /*     0     1 */

                /* XXX 1 byte hole, try to pack */

                struct Vector {
                    float X;                        /*     2     4 */
                    float Y;                        /*     6     4 */
                    float Z;                        /*    10     4 */
                } Points[2];                        /*     2    24 */
                struct Pair {
                    byte   A;                       /*    26     1 */
                    ushort B;                       /*    27     2 */

                    /* XXX 1 byte padding up to stride 4 */
                } Pairs[3];                         /*    26    11 */

                /* XXX 1 byte hole, try to pack */

                short Big[2];                       /*    38     4 big-endian */

                /* XXX 2 bytes hole, try to pack */
                /* XXX 4 bytes padding up to stride 48 */

                /* size: 44, stride: 48, members: 4, little-endian */
                /* sum members: 40, holes: 3, sum holes: 4 */
                /* padding: 4 */
            };
            """,
            RecordSchema.Of<Polyline>().ToString());
    }

    [Fact]
    public void Byte_orders_that_differ_from_the_record_are_noted()
    {
        Assert.Equal(
            """
            struct BigEndianRecord {
                uint          Magic;                /*     0     4 */
                enum LongKind Epoch;                /*     4     8 */
                double        Scale;                /*    12     8 */
                int           LittleInt;            /*    20     4 little-endian */
                Half          Ratio;                /*    24     2 */
                struct Color {
                    ushort Red;                     /*    26     2 */
                    ushort Green;                   /*    28     2 */
                    ushort Blue;                    /*    30     2 */
                } Tint;                             /*    26     6 little-endian */
                sbyte         Sign;                 /*    32     1 */

                /* XXX 3 bytes padding up to stride 36 */

                /* size: 33, stride: 36, members: 7, big-endian */
                /* padding: 3 */
            };
            """,
            RecordSchema.Of<BigEndianRecord>().ToString());
        Assert.Equal(
            """
            struct LittleWithBig {
                struct BigPair {
                    ushort High;                    /*     0     2 */
                    ushort Low;                     /*     2     2 little-endian */
                } Pair;                             /*     0     4 big-endian */

                /* size: 4, stride: 4, members: 1, little-endian */
            };
            """,
            RecordSchema.Of<LittleWithBig>().ToString());
    }

    [Fact]
    public void Three_levels_of_nesting_with_offsets_from_the_outer_record()
    {
        Assert.Equal(
            """
            struct Mesh {
                /* XXX 1 byte hole, try to pack */

                byte Id;                            /*     1     1 */

                /* XXX 1 byte hole, try to pack */

                struct Vertex {
                    struct Vector {
                        float X;                    /*     3     4 */
                        float Y;                    /*     7     4 */
                        float Z;                    /*    11     4 */
                    } Position;                     /*     3    12 */
                    struct Color {
                        ushort Red;                 /*    15     2 */
                        ushort Green;               /*    17     2 */
                        ushort Blue;                /*    19     2 */
                    } Color;                        /*    15     6 */
                } First;                            /*     3    18 */
                struct Vertex {
                    struct Vector {
                        float X;                    /*    21     4 */
                        float Y;                    /*    25     4 */
                        float Z;                    /*    29     4 */
                    } Position;                     /*    21    12 */
                    struct Color {
                        ushort Red;                 /*    33     2 */
                        ushort Green;               /*    35     2 */
                        ushort Blue;                /*    37     2 */
                    } Color;                        /*    33     6 */
                } Second;                           /*    21    18 */
                struct Color {
                    ushort Red;                     /*    39     2 */
                    ushort Green;                   /*    41     2 */
                    ushort Blue;                    /*    43     2 */
                } Background;                       /*    39     6 */

                /* XXX 2 bytes padding up to stride 47 */

                /* size: 45, stride: 47, members: 4, little-endian */
                /* sum members: 43, holes: 2, sum holes: 2 */
                /* padding: 2 */
            };
            """,
            RecordSchema.Of<Mesh>().ToString());
    }

    [Fact]
    public void Strings_show_their_encoding_and_overlapping_raw_bytes_no_hole()
    {
        Assert.Equal(
            """
            struct Person {
                utf8   Name[10];                    /*     0    10 */
                byte   NameBytes[10];               /*     0    10 */
                latin1 City[8];                     /*    10     8 */
                ascii  Code[4];                     /*    18     4 */
                ushort Age;                         /*    22     2 */

                /* size: 24, stride: 24, members: 5, little-endian */
            };
            """,
            RecordSchema.Of<Person>().ToString());
    }

    /// <summary>Every byte of every test record is a field's, a hole's or padding: the table's numbers add up to Stride.</summary>
    [Fact]
    public void Holes_and_padding_cover_exactly_the_bytes_no_field_covers()
    {
        RecordSchema[] schemas =
        [
            RecordSchema.Of<Vertex>(), RecordSchema.Of<AllTypes>(), RecordSchema.Of<Polyline>(), RecordSchema.Of<Samples>(),
            RecordSchema.Of<Mesh>(), RecordSchema.Of<Person>(), RecordSchema.Of<Tag>(), RecordSchema.Of<BigHeader>(),
        ];
        foreach (var schema in schemas)
        {
            var covered = new bool[schema.Size];
            foreach (var field in schema.Fields)
            {
                Array.Fill(covered, true, field.Offset, field.Width);
            }

            var lines = schema.ToString().Split('\n');
            var holes = lines.Where(l => l.StartsWith("    /* XXX ", StringComparison.Ordinal) && l.EndsWith(" hole, try to pack */", StringComparison.Ordinal))
                .Sum(l => int.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[2], CultureInfo.InvariantCulture));
            Assert.True(covered.Count(c => !c) == holes, $"{schema.Name}: {covered.Count(c => !c)} uncovered bytes, {holes} in holes\n{schema}");
            var padding = lines.Where(l => l.StartsWith("    /* XXX ", StringComparison.Ordinal) && l.Contains(" padding up to stride ", StringComparison.Ordinal))
                .Sum(l => int.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[2], CultureInfo.InvariantCulture));
            Assert.Equal(schema.Stride - schema.Size, padding);
        }
    }

    [Fact]
    public void Variable_record_with_guids_utf16_a_table_and_raw_bytes_over_everything()
    {
        Assert.Equal(
            """
            struct Mixed {
                ushort Magic;                       /*     0     2 little-endian */
                byte   Covered[120];                /*     0   120 */
                char   Letter;                      /*     2     2 */
                int    Number;                      /*     4     4 */
                long   Big;                         /*     8     8 */
                Guid   Id;                          /*    16    16 */
                Guid   NetworkId;                   /*    32    16 big-endian */
                utf16  Name[20];                    /*    48    20 */
                struct Move {
                    ushort Tag;                     /*    68     2 */
                    short  Delta;                   /*    70     2 */
                    float  Ratio;                   /*    72     4 */
                } First;                            /*    68     8 */
                struct BigWord {
                    uint Value;                     /*    76     4 */
                } Word;                             /*    76     4 big-endian */
                ushort Values[3];                   /*    80     6 */
                struct Move {
                    ushort Tag;                     /*    86     2 */
                    short  Delta;                   /*    88     2 */
                    float  Ratio;                   /*    90     4 */
                } Moves[2];                         /*    86    16 */
                double Ratio;                       /*   102     8 */
                byte   Tail[4];                     /*   110     4 */
                Half   Small;                       /*   114     2 */
                ushort Fixed[2];                    /*   116     4 little-endian */
                uint   Checksum;                    /*   120     4 */

                /* XXX 8 bytes padding up to stride 132 */

                /* size: 124, stride: 132, members: 17, variable byte order */
                /* padding: 8 */
            };
            """,
            RecordSchema.Of<Mixed>().ToString());
    }

    [Fact]
    public void Fixed_record_holding_variable_records_shows_the_order_each_takes()
    {
        Assert.Equal(
            """
            struct FixedHolder {
                struct Move {
                    ushort Tag;                     /*     0     2 */
                    short  Delta;                   /*     2     2 */
                    float  Ratio;                   /*     4     4 */
                } Big;                              /*     0     8 */
                struct Move {
                    ushort Tag;                     /*     8     2 */
                    short  Delta;                   /*    10     2 */
                    float  Ratio;                   /*    12     4 */
                } Little;                           /*     8     8 little-endian */
                utf16 Letter[2];                    /*    16     2 */

                /* XXX 2 bytes hole, try to pack */

                /* size: 20, stride: 20, members: 3, big-endian */
                /* sum members: 18, holes: 1, sum holes: 2 */
            };
            """,
            RecordSchema.Of<FixedHolder>().ToString());
    }
}
