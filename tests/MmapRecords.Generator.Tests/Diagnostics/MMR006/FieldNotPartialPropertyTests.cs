using MmapRecords.Generator.Tests.Verifiers;

namespace MmapRecords.Generator.Tests.Diagnostics.MMR006;

public sealed class FieldNotPartialPropertyTests
{
    [Fact]
    public Task A_property_that_is_not_partial() => LayoutVerifier.VerifyAsync("""
        [Record(Size = 4)]
        public readonly partial struct Plain
        {
            [Field(0)] public int {|MMR006:Value|} => 0;
        }
        """);

    [Fact]
    public Task A_property_without_a_getter() => LayoutVerifier.VerifyAsync("""
        [Record(Size = 4)]
        public partial struct WriteOnly
        {
            [Field(0)] public partial int {|MMR006:Value|} { set; }
        }
        """);

    [Fact]
    public Task An_init_accessor() => LayoutVerifier.VerifyAsync("""
        [Record(Size = 4)]
        public readonly partial struct Init
        {
            [Field(0)] public partial int {|MMR006:Value|} { get; init; }
        }
        """);

    [Fact]
    public Task A_static_property() => LayoutVerifier.VerifyAsync("""
        [Record(Size = 4)]
        public readonly partial struct Static
        {
            [Field(0)] public static partial int {|MMR006:Value|} { get; }
        }

        public readonly partial struct Static
        {
            public static partial int Value => 1;
        }
        """);

    [Fact]
    public Task A_property_the_user_already_implemented() => LayoutVerifier.VerifyAsync("""
        [Record(Size = 4)]
        public readonly partial struct Implemented
        {
            [Field(0)] public partial int {|MMR006:Value|} { get; }
        }

        public readonly partial struct Implemented
        {
            public partial int Value => 42;
        }
        """);

    [Fact]
    public Task A_field_in_a_type_without_Record() => LayoutVerifier.VerifyAsync("""
        public partial struct Forgotten
        {
            [Field(0)] public int {|MMR006:Value|} => 0;
        }
        """);

    [Fact]
    public Task Valid_get_set_and_accessor_modifiers() => LayoutVerifier.VerifyAsync("""
        [Record(Size = 8)]
        public partial struct Accessors
        {
            [Field(0)] public partial int A { get; private set; }
            [Field(4)] internal partial int B { get; set; }
        }
        """);
}
