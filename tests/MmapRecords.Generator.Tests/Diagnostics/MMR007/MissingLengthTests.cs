using MmapRecords.Generator.Tests.Verifiers;

namespace MmapRecords.Generator.Tests.Diagnostics.MMR007;

public sealed class MissingLengthTests
{
    [Fact]
    public Task A_string_without_Length() => LayoutVerifier.VerifyAsync("""
        [Record(Size = 16)]
        public readonly partial struct Row
        {
            [{|MMR007:Field(0)|}] public partial string Name { get; }
        }
        """);

    [Fact]
    public Task Arrays_and_spans_without_Length() => LayoutVerifier.VerifyAsync("""
        [Record(Size = 16)]
        public readonly partial struct Row
        {
            [{|MMR007:Field(0, ByteOrder = ByteOrder.BigEndian)|}] public partial int[] Values { get; }
            [{|MMR007:Field(8)|}] public partial ReadOnlySpan<byte> Bytes { get; }
            [{|MMR007:Field(12)|}] public partial Span<short> Shorts { get; }
        }
        """);

    [Fact]
    public Task Zero_or_negative_Length() => LayoutVerifier.VerifyAsync("""
        [Record(Size = 16)]
        public readonly partial struct Row
        {
            [Field(0, {|MMR007:Length = 0|})] public partial string Name { get; }
            [Field(8, {|MMR007:Length = -2|})] public partial int[] Values { get; }
        }
        """);

    [Fact]
    public Task Valid_Length_on_strings_and_arrays_and_ignored_on_scalars() => LayoutVerifier.VerifyAsync("""
        [Record(Size = 16)]
        public readonly partial struct Row
        {
            [Field(0, Length = 1)] public partial string Initial { get; }
            [Field(1, Length = 3)] public partial byte[] Bytes { get; }
            [Field(4, Length = 7)] public partial int Scalar { get; }
        }
        """);
}
