using MmapRecords.Generator.Tests.Verifiers;

namespace MmapRecords.Generator.Tests.Diagnostics.MMR008;

public sealed class RecordCycleTests
{
    [Fact]
    public Task A_record_that_contains_itself() => LayoutVerifier.VerifyAsync("""
        [Record(Size = 64)]
        public readonly partial struct {|MMR008:Node|}
        {
            [Field(0)] public partial Node Next { get; }
        }
        """);

    [Fact]
    public Task Two_records_that_contain_each_other() => LayoutVerifier.VerifyAsync("""
        [Record(Size = 8)]
        public readonly partial struct {|MMR008:A|}
        {
            [Field(0)] public partial B Other { get; }
        }

        [Record(Size = 8)]
        public readonly partial struct {|MMR008:B|}
        {
            [Field(0)] public partial A Other { get; }
        }
        """);

    [Fact]
    public Task A_cycle_through_an_array() => LayoutVerifier.VerifyAsync("""
        [Record(Size = 64)]
        public readonly partial struct {|MMR008:Tree|}
        {
            [Field(0, Length = 1)] public partial Tree[] Children { get; }
        }
        """);

    [Fact]
    public Task Valid_a_diamond_is_not_a_cycle() => LayoutVerifier.VerifyAsync("""
        [Record(Size = 1)]
        public readonly partial struct Leaf
        {
            [Field(0)] public partial byte Value { get; }
        }

        [Record(Size = 2)]
        public readonly partial struct Left
        {
            [Field(0)] public partial Leaf A { get; }
            [Field(1)] public partial Leaf B { get; }
        }

        [Record(Size = 4)]
        public readonly partial struct Root
        {
            [Field(0)] public partial Left L { get; }
            [Field(2, Length = 2)] public partial Leaf[] R { get; }
        }
        """);
}
