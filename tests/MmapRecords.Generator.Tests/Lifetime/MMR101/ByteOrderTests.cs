using static MmapRecords.Generator.Tests.Lifetime.LifetimeVerifier;

namespace MmapRecords.Generator.Tests.Lifetime.MMR101;

/// <summary>Records and views read in a run-time byte order, used after the disposal.</summary>
public class ByteOrderTests
{
    private const string Tagged = MMR100.ByteOrderTests.Tagged;

    [Fact]
    public Task Record_read_in_an_order_used_after_dispose() => VerifyAsync(Tagged + """
        public static class Reader
        {
            public static uint Tag(string path)
            {
                var file = MappedFile.Open(path);
                var tagged = file.Read<Tagged>(0, ByteOrder.BigEndian);
                file.Dispose();
                return {|MMR101:tagged|}.Tag;
            }
        }
        """);

    [Fact]
    public Task View_in_an_order_enumerated_after_the_using() => VerifyAsync(Tagged + """
        public static class Reader
        {
            public static uint Sum(string path)
            {
                RecordView<Tagged> tags;
                using (var file = MappedFile.Open(path))
                {
                    tags = {|MMR100:file.View<Tagged>(0, 4, ByteOrder.LittleEndian)|};
                }

                uint sum = 0;
                foreach (var tag in {|MMR101:tags|})
                    sum += tag.Tag;
                return sum;
            }
        }
        """);

    [Fact]
    public Task Copy_of_a_record_in_an_order_used_after_dispose_is_fine() => VerifyAsync(Tagged + """
        public static class Reader
        {
            public static uint Tag(string path)
            {
                var file = MappedFile.Open(path);
                var tagged = file.Read<Tagged>(0, ByteOrder.BigEndian).Detach();
                file.Dispose();
                return tagged.Tag + tagged.Length;
            }
        }
        """);
}
