using static MmapRecords.Generator.Tests.Lifetime.LifetimeVerifier;

namespace MmapRecords.Generator.Tests.Lifetime.MMR101;

/// <summary>A <c>ref</c> into a record's field, or the record, used after the disposal: reads and writes unmapped memory.</summary>
public class RefFieldTests
{
    private const string Slot = MMR100.RefFieldTests.Slot;

    [Fact]
    public Task Ref_local_read_after_dispose() => VerifyAsync(Slot + """
        public static class Slots
        {
            public static int Owner(string path)
            {
                var file = MappedFile.Open(path, MapAccess.ReadWrite);
                ref int owner = ref file.Read<Slot>(0).Owner;
                file.Dispose();
                return {|MMR101:owner|};
            }
        }
        """);

    [Fact]
    public Task Ref_local_written_after_dispose() => VerifyAsync(Slot + """
        public static class Slots
        {
            public static void Release(string path)
            {
                var file = MappedFile.Open(path, MapAccess.ReadWrite);
                ref int owner = ref file.Read<Slot>(0).Owner;
                file.Dispose();
                {|MMR101:owner|} = 0;
            }
        }
        """);

    [Fact]
    public Task Ref_local_incremented_after_dispose() => VerifyAsync(Slot + """
        public static class Slots
        {
            public static void Bump(string path)
            {
                var file = MappedFile.Open(path, MapAccess.ReadWrite);
                ref long counter = ref file.Read<Slot>(0).Counter;
                file.Dispose();
                Interlocked.Increment(ref {|MMR101:counter|});
            }
        }
        """);

    [Fact]
    public Task Interlocked_on_a_record_field_after_dispose() => VerifyAsync(Slot + """
        public static class Slots
        {
            public static long Bump(string path)
            {
                var file = MappedFile.Open(path, MapAccess.ReadWrite);
                var slot = file.Read<Slot>(0);
                file.Dispose();
                return Interlocked.Increment(ref {|MMR101:slot|}.Counter);
            }
        }
        """);

    [Fact]
    public Task Ref_readonly_read_after_a_finally_disposes_the_file() => VerifyAsync(Slot + """
        public static class Slots
        {
            public static int Version(string path)
            {
                var file = MappedFile.Open(path);
                ref readonly int version = ref file.Read<Slot>(0).Version;
                try
                {
                    Console.WriteLine(version);
                }
                finally
                {
                    file.Dispose();
                }

                return {|MMR101:version|};
            }
        }
        """);

    [Fact]
    public Task Values_copied_through_refs_before_dispose_are_fine() => VerifyAsync(Slot + """
        public static class Slots
        {
            public static long Claim(string path, int me)
            {
                var file = MappedFile.Open(path, MapAccess.ReadWrite);
                var slot = file.Read<Slot>(0);
                ref int owner = ref slot.Owner;
                var won = Interlocked.CompareExchange(ref owner, me, 0) == 0;
                var count = Interlocked.Increment(ref slot.Counter);
                int version = slot.Version;
                owner = 0;
                file.Dispose();
                return won ? count + version : -1;
            }
        }
        """);
}
