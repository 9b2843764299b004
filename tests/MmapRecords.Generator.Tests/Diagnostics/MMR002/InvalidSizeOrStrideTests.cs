using MmapRecords.Generator.Tests.Verifiers;

namespace MmapRecords.Generator.Tests.Diagnostics.MMR002;

public sealed class InvalidSizeOrStrideTests
{
    [Fact]
    public Task Size_zero() => LayoutVerifier.VerifyAsync("""
        [Record({|MMR002:Size = 0|})]
        public readonly partial struct Empty
        {
        }
        """);

    [Fact]
    public Task Size_negative() => LayoutVerifier.VerifyAsync("""
        [Record({|MMR002:Size = -8|})]
        public readonly partial struct Negative
        {
            [Field(0)] public partial int Value { get; }
        }
        """);

    [Fact]
    public Task Size_missing() => LayoutVerifier.VerifyAsync("""
        [Record]
        public readonly partial struct {|MMR002:NoSize|}
        {
            [Field(0)] public partial int Value { get; }
        }
        """);

    [Fact]
    public Task Size_missing_with_other_arguments() => LayoutVerifier.VerifyAsync("""
        [Record(ByteOrder = ByteOrder.BigEndian)]
        public readonly partial struct {|MMR002:NoSize|}
        {
        }
        """);

    [Fact]
    public Task Stride_less_than_Size() => LayoutVerifier.VerifyAsync("""
        [Record(Size = 8, {|MMR002:Stride = 7|})]
        public readonly partial struct Short
        {
            [Field(0)] public partial long Value { get; }
        }
        """);

    [Fact]
    public Task Stride_negative() => LayoutVerifier.VerifyAsync("""
        [Record({|MMR002:Stride = -1|}, Size = 1)]
        public readonly partial struct Backwards
        {
        }
        """);

    [Fact]
    public Task Valid_stride_equal_to_size_and_one_byte_records() => LayoutVerifier.VerifyAsync("""
        [Record(Size = 8, Stride = 8)]
        public readonly partial struct Exact
        {
            [Field(0)] public partial long Value { get; }
        }

        [Record(Size = 1)]
        public readonly partial struct OneByte
        {
            [Field(0)] public partial bool Flag { get; }
        }

        [Record(Size = 1, Stride = 4096)]
        public readonly partial struct Sparse
        {
        }
        """);

    [Fact]
    public async Task The_message_gives_the_numbers()
    {
        var diagnostics = GeneratorHarness.Analyze("""
            using MmapRecords;
            [Record(Size = 18, Stride = 16)]
            public readonly partial struct Vertex { }
            """);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("Record 'Vertex' has Stride 16, less than its Size 18; records would overlap", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        await Task.CompletedTask;
    }
}
