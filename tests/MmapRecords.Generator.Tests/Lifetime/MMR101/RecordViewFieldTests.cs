using static MmapRecords.Generator.Tests.Lifetime.LifetimeVerifier;

namespace MmapRecords.Generator.Tests.Lifetime.MMR101;

/// <summary>A table taken from a record's <c>RecordView&lt;T&gt;</c> field, or the record it came from, read after the disposal.</summary>
public class RecordViewFieldTests
{
    private const string Directory = MMR100.RecordViewFieldTests.Directory;

    [Fact]
    public Task Table_indexed_after_dispose() => VerifyAsync(Directory + """
        public static class Reader
        {
            public static long First(string path)
            {
                var file = MappedFile.Open(path);
                var entries = file.Read<Directory>(0).Entries;
                file.Dispose();
                return {|MMR101:entries|}[0].Value;
            }
        }
        """);

    [Fact]
    public Task Table_of_a_kept_record_enumerated_after_dispose() => VerifyAsync(Directory + """
        public static class Reader
        {
            public static long Sum(string path)
            {
                var file = MappedFile.Open(path);
                var directory = file.Read<Directory>(0);
                file.Dispose();
                long sum = 0;
                foreach (var entry in {|MMR101:directory|}.Entries)
                    sum += entry.Value;
                return sum;
            }
        }
        """);

    [Fact]
    public Task Table_count_after_the_using() => VerifyAsync(Directory + """
        public static class Reader
        {
            public static long Count(string path)
            {
                RecordView<Entry> entries;
                using (var file = MappedFile.Open(path))
                {
                    entries = {|MMR100:file.Read<Directory>(0).Entries|};
                }

                return {|MMR101:entries|}.Count;
            }
        }
        """);

    [Fact]
    public Task Table_copied_before_dispose_is_fine() => VerifyAsync(Directory + """
        public static class Reader
        {
            public static long First(string path)
            {
                var file = MappedFile.Open(path);
                var entries = file.Read<Directory>(0).Entries;
                var copies = entries.Select(e => e.Detach()).ToArray();
                var count = entries.Count;
                file.Dispose();
                return copies[0].Value + count;
            }
        }
        """);
}
