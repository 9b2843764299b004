using static MmapRecords.Generator.Tests.Lifetime.LifetimeVerifier;

namespace MmapRecords.Generator.Tests.Lifetime.MMR100;

/// <summary>A <c>ref</c> / <c>ref readonly</c> field is a pointer into the mapping: it must not outlive the file either.</summary>
public class RefFieldTests
{
    internal const string Slot = """
        [Record(Size = 16)]
        public readonly partial struct Slot
        {
            [Field(0)] public partial ref int Owner { get; }
            [Field(4)] public partial ref readonly int Version { get; }
            [Field(8)] public partial ref long Counter { get; }
        }

        """;

    [Fact]
    public Task Ref_to_a_field_returned_from_the_method_that_disposes_the_file() => VerifyAsync(Slot + """
        public static class Slots
        {
            public static ref int Owner(string path)
            {
                using var file = MappedFile.Open(path, MapAccess.ReadWrite);
                return ref {|MMR100:file.Read<Slot>(0).Owner|};
            }
        }
        """);

    [Fact]
    public Task Ref_readonly_local_returned_by_reference() => VerifyAsync(Slot + """
        public static class Slots
        {
            public static ref readonly int Version(string path)
            {
                using var file = MappedFile.Open(path);
                ref readonly int version = ref file.Read<Slot>(0).Version;
                return ref {|MMR100:version|};
            }
        }
        """);

    [Fact]
    public Task Ref_local_reassigned_inside_the_using_and_used_after() => VerifyAsync(Slot + """
        public static class Slots
        {
            public static int Claim(string path)
            {
                var none = 0;
                ref int owner = ref none;
                using (var file = MappedFile.Open(path, MapAccess.ReadWrite))
                {
                    owner = ref {|MMR100:file.Read<Slot>(0).Owner|};
                }

                return {|MMR101:owner|};
            }
        }
        """);

    [Fact]
    public Task Values_read_through_ref_fields_are_copies() => VerifyAsync(Slot + """
        public static class Slots
        {
            public static long Read(string path)
            {
                using var file = MappedFile.Open(path, MapAccess.ReadWrite);
                var slot = file.Read<Slot>(0);
                ref int owner = ref slot.Owner;
                var count = Interlocked.Increment(ref slot.Counter);
                return owner + slot.Version + count;
            }
        }
        """);

    [Fact]
    public Task Value_of_a_ref_local_returned_is_a_copy() => VerifyAsync(Slot + """
        public static class Slots
        {
            public static int Owner(string path)
            {
                using var file = MappedFile.Open(path);
                ref readonly int version = ref file.Read<Slot>(0).Version;
                return version;
            }
        }
        """);
}
