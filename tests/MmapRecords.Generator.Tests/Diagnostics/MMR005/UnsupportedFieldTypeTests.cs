using System.Globalization;
using MmapRecords.Generator.Tests.Verifiers;

namespace MmapRecords.Generator.Tests.Diagnostics.MMR005;

public sealed class UnsupportedFieldTypeTests
{
    [Fact]
    public Task Types_that_are_not_field_types() => LayoutVerifier.VerifyAsync("""
        public struct NotARecord { public int X; }

        [Record(Size = 64)]
        public readonly partial struct Bad
        {
            [Field(0)] public partial {|MMR005:decimal|} Money { get; }
            [Field(16)] public partial {|MMR005:System.TimeSpan|} Letter { get; }
            [Field(18)] public partial {|MMR005:object|} Anything { get; }
            [Field(26)] public partial {|MMR005:NotARecord|} Plain { get; }
            [Field(30)] public partial {|MMR005:System.Collections.Generic.List<int>|} List { get; }
            [Field(38)] public partial {|MMR005:nint|} Pointer { get; }
        }
        """);

    [Fact]
    public Task Arrays_and_spans_of_what_cannot_be_an_element() => LayoutVerifier.VerifyAsync("""
        [Record(Size = 2)]
        public readonly partial struct Pair
        {
            [Field(0)] public partial byte A { get; }
        }

        [Record(Size = 64)]
        public readonly partial struct Bad
        {
            [Field(0, Length = 2)] public partial {|MMR005:string[]|} Names { get; }
            [Field(8, Length = 2)] public partial {|MMR005:ReadOnlySpan<bool>|} Flags { get; }
            [Field(12, Length = 2)] public partial {|MMR005:ReadOnlySpan<Pair>|} Pairs { get; }
            [Field(16, Length = 4)] public partial {|MMR005:int[,]|} Grid { get; }
            [Field(32, Length = 2)] public partial {|MMR005:decimal[]|} Money { get; }
        }
        """);

    [Fact]
    public Task A_span_in_a_byte_order_that_is_not_the_machines() => LayoutVerifier.VerifyAsync("""
        [Record(Size = 16, ByteOrder = ByteOrder.BigEndian)]
        public readonly partial struct Network
        {
            [Field(0, Length = 2)] public partial {|MMR005:ReadOnlySpan<int>|} Words { get; }
            [Field(8, Length = 4)] public partial ReadOnlySpan<byte> Bytes { get; }
            [Field(12, Length = 2, ByteOrder = ByteOrder.LittleEndian)] public partial Span<ushort> Little { get; }
        }

        [Record(Size = 8)]
        public readonly partial struct FieldOrder
        {
            [Field(0, Length = 2, ByteOrder = ByteOrder.BigEndian)] public partial {|MMR005:Span<float>|} Values { get; }
        }
        """);

    [Fact]
    public Task A_string_encoding_that_is_not_a_TextEncoding() => LayoutVerifier.VerifyAsync("""
        [Record(Size = 8)]
        public readonly partial struct Text
        {
            [Field(0, Length = 8, {|MMR005:Encoding = (TextEncoding)7|})] public partial string Name { get; }
        }
        """);

    [Fact]
    public Task Valid_every_supported_type() => LayoutVerifier.VerifyAsync("""
        public enum Small : byte { A }
        public enum Large : long { B }

        [Record(Size = 2)]
        public readonly partial struct Pair
        {
            [Field(0)] public partial byte A { get; }
        }

        [Record(Size = 120, ByteOrder = ByteOrder.BigEndian)]
        public partial struct All
        {
            [Field(0)] public partial byte A { get; set; }
            [Field(1)] public partial sbyte B { get; set; }
            [Field(2)] public partial short C { get; set; }
            [Field(4)] public partial ushort D { get; set; }
            [Field(6)] public partial int E { get; set; }
            [Field(10)] public partial uint F { get; set; }
            [Field(14)] public partial long G { get; set; }
            [Field(22)] public partial ulong H { get; set; }
            [Field(30)] public partial float I { get; set; }
            [Field(34)] public partial double J { get; set; }
            [Field(42)] public partial Half K { get; set; }
            [Field(44)] public partial bool L { get; set; }
            [Field(45)] public partial Small M { get; set; }
            [Field(46)] public partial Large N { get; set; }
            [Field(54)] public partial Pair O { get; set; }
            [Field(56, Length = 4)] public partial string P { get; set; }
            [Field(60, Length = 2)] public partial Pair[] Q { get; set; }
            [Field(64, Length = 2)] public partial double[] R { get; set; }
            [Field(80, Length = 2)] public partial bool[] S { get; set; }
            [Field(82, Length = 2)] public partial Large[] T { get; set; }
            [Field(98, Length = 2)] public partial ReadOnlySpan<sbyte> U { get; }
            [Field(100, Length = 2, ByteOrder = ByteOrder.LittleEndian)] public partial Span<Half> V { get; set; }
            [Field(104, Length = 16, Encoding = TextEncoding.Latin1)] public partial string? W { get; set; }
        }
        """);

    [Fact]
    public void The_message_names_the_type_and_the_way_out()
    {
        var diagnostic = Assert.Single(GeneratorHarness.Analyze("""
            using System;
            using MmapRecords;
            [Record(Size = 8, ByteOrder = ByteOrder.BigEndian)]
            public readonly partial struct Network
            {
                [Field(0, Length = 2)] public partial ReadOnlySpan<int> Words { get; }
            }
            """));
        Assert.Equal(
            "[Field] property 'Words' is big-endian, but 'System.ReadOnlySpan<int>' views the mapped bytes in the machine's byte order (little-endian); declare it as 'int[]' to read big-endian values",
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }
}
