using MmapRecords.Generator.Tests.Verifiers;

namespace MmapRecords.Generator.Tests.Diagnostics.MMR001;

public sealed class NotPartialStructTests
{
    [Fact]
    public Task A_struct_without_partial() => LayoutVerifier.VerifyAsync("""
        [Record(Size = 4)]
        public readonly struct {|MMR001:Plain|}
        {
            public int Value => 0;
        }
        """);

    [Fact]
    public Task A_class() => LayoutVerifier.VerifyAsync("""
        [{|CS0592:Record|}(Size = 4)]
        public partial class {|MMR001:NotAStruct|}
        {
        }
        """);

    [Fact]
    public Task A_record_struct() => LayoutVerifier.VerifyAsync("""
        [Record(Size = 4)]
        public partial record struct {|MMR001:Point|};
        """);

    [Fact]
    public Task A_ref_struct() => LayoutVerifier.VerifyAsync("""
        [Record(Size = 4)]
        public ref partial struct {|MMR001:OnStack|}
        {
        }
        """);

    [Fact]
    public Task A_generic_struct() => LayoutVerifier.VerifyAsync("""
        [Record(Size = 4)]
        public partial struct {|MMR001:Box|}<T>
        {
        }
        """);

    [Fact]
    public Task A_struct_in_a_class_that_is_not_partial() => LayoutVerifier.VerifyAsync("""
        public static class Outer
        {
            [Record(Size = 4)]
            public partial struct {|MMR001:Inner|}
            {
            }
        }
        """);

    [Fact]
    public Task Valid_partial_structs_in_file_scoped_and_nested_namespaces_and_classes() => LayoutVerifier.VerifyAsync("""
        namespace A.B
        {
            namespace C
            {
                [Record(Size = 1)]
                public readonly partial struct Tiny
                {
                    [Field(0)] public partial byte Value { get; }
                }
            }

            public static partial class Outer
            {
                public partial struct Middle
                {
                    [Record(Size = 2)]
                    internal partial struct Inner
                    {
                        [Field(1)] public partial sbyte Last { get; set; }
                    }
                }
            }
        }
        """);

    [Fact]
    public Task Valid_in_a_file_scoped_namespace() => LayoutVerifier.VerifyAsync("""
        namespace Formats.Tar;

        [Record(Size = 3, Stride = 3)]
        public partial struct Odd
        {
            [Field(1)] public partial ushort Unaligned { get; }
        }
        """);
}
