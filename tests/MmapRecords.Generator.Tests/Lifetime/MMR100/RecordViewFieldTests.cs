using static MmapRecords.Generator.Tests.Lifetime.LifetimeVerifier;

namespace MmapRecords.Generator.Tests.Lifetime.MMR100;

/// <summary>A record's <c>RecordView&lt;T&gt;</c> field is a zero-copy table over the parent's bytes: it follows the record rules.</summary>
public class RecordViewFieldTests
{
    internal const string Directory = """
        [Record(Size = 12)]
        public readonly partial struct Entry
        {
            [Field(0)] public partial int Tag { get; }
            [Field(4)] public partial long Value { get; }
        }

        [Record(Size = 28)]
        public readonly partial struct Directory
        {
            [Field(0)] public partial int Count { get; }
            [Field(4, Length = 2)] public partial RecordView<Entry> Entries { get; }
        }

        """;

    [Fact]
    public Task Table_returned_from_the_method_that_disposes_the_file() => VerifyAsync(Directory + """
        public static class Reader
        {
            public static RecordView<Entry> Entries(string path)
            {
                using var file = MappedFile.Open(path);
                return {|MMR100:file.Read<Directory>(0).Entries|};
            }
        }
        """);

    [Fact]
    public Task Table_stored_in_a_field() => VerifyAsync(Directory + """
        public sealed class Catalog
        {
            private RecordView<Entry> _entries;

            public void Load(string path)
            {
                using var file = MappedFile.Open(path);
                var directory = file.Read<Directory>(0);
                _entries = {|MMR100:directory.Entries|};
            }
        }
        """);

    [Fact]
    public Task Element_of_the_table_kept_past_the_using() => VerifyAsync(Directory + """
        public static class Reader
        {
            public static long First(string path)
            {
                Entry first;
                using (var file = MappedFile.Open(path))
                {
                    first = {|MMR100:file.Read<Directory>(0).Entries[0]|};
                }

                return {|MMR101:first|}.Value;
            }
        }
        """);

    [Fact]
    public Task Table_elements_added_to_a_list_field() => VerifyAsync(Directory + """
        public sealed class Catalog
        {
            private readonly List<Entry> _all = new();

            public void Load(string path)
            {
                using var file = MappedFile.Open(path);
                foreach (var entry in file.Read<Directory>(0).Entries)
                    _all.Add({|MMR100:entry|});
            }
        }
        """);

    [Fact]
    public Task Copies_and_scalars_of_the_table_are_fine() => VerifyAsync(Directory + """
        public static class Reader
        {
            public static (List<Entry> Copies, int Count, long Sum) Load(string path)
            {
                using var file = MappedFile.Open(path);
                var entries = file.Read<Directory>(0).Entries;
                return (entries.Select(e => e.Detach()).ToList(), (int)entries.Count, entries.Sum(e => e.Value));
            }
        }
        """);
}
