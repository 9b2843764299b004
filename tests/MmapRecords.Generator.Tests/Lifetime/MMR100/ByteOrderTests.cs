using static MmapRecords.Generator.Tests.Lifetime.LifetimeVerifier;

namespace MmapRecords.Generator.Tests.Lifetime.MMR100;

/// <summary>
/// Records of a <c>ByteOrder.Variable</c> type, obtained through the overloads that take the order
/// (<c>Read&lt;T&gt;(offset, order)</c>, <c>View&lt;T&gt;(offset, count[, stride], order)</c>), follow the same rules.
/// </summary>
public class ByteOrderTests
{
    internal const string Tagged = """
        [Record(Size = 8, ByteOrder = ByteOrder.Variable)]
        public readonly partial struct Tagged
        {
            [Field(0)] public partial uint Tag { get; }
            [Field(4)] public partial uint Length { get; }
        }

        """;

    [Fact]
    public Task Record_read_in_an_order_returned() => VerifyAsync(Tagged + """
        public static class Reader
        {
            public static Tagged First(string path, bool bigEndian)
            {
                using var file = MappedFile.Open(path);
                return {|MMR100:file.Read<Tagged>(0, bigEndian ? ByteOrder.BigEndian : ByteOrder.LittleEndian)|};
            }
        }
        """);

    [Fact]
    public Task View_in_an_order_stored_in_a_field() => VerifyAsync(Tagged + """
        public sealed class Tags
        {
            private RecordView<Tagged> _tags;

            public void Load(string path)
            {
                using var file = MappedFile.Open(path);
                _tags = {|MMR100:file.View<Tagged>(0, 4, ByteOrder.BigEndian)|};
            }
        }
        """);

    [Fact]
    public Task Element_of_a_strided_view_in_an_order_yielded() => VerifyAsync(Tagged + """
        public static class Reader
        {
            public static IEnumerable<Tagged> All(string path)
            {
                using var file = MappedFile.Open(path);
                foreach (var tag in file.View<Tagged>(0, 4, 12, ByteOrder.BigEndian))
                    yield return {|MMR100:tag|};
            }
        }
        """);

    [Fact]
    public Task Copies_of_records_in_an_order_are_fine() => VerifyAsync(Tagged + """
        public static class Reader
        {
            public static (Tagged First, List<Tagged> All, uint Tag) Load(string path)
            {
                using var file = MappedFile.Open(path);
                var view = file.View<Tagged>(0, 4, ByteOrder.BigEndian);
                return (file.Read<Tagged>(0, ByteOrder.BigEndian).Detach(), view.Select(t => t.Detach()).ToList(), view[1].Tag);
            }
        }
        """);
}
