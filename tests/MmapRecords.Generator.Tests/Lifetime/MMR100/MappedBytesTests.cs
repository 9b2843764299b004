using static MmapRecords.Generator.Tests.Lifetime.LifetimeVerifier;

namespace MmapRecords.Generator.Tests.Lifetime.MMR100;

/// <summary>
/// <c>MappedFile.Bytes</c> and <c>WritableBytes</c> are spans of the mapping itself, not copies: they follow the record
/// rules (kept past the file's using, returned, stored in a ref struct that leaves).
/// </summary>
public class MappedBytesTests
{
    private const string Cursor = """
        public ref struct Cursor
        {
            public ReadOnlySpan<byte> Rest;
        }

        """;

    [Fact]
    public Task Bytes_kept_in_a_local_past_the_using() => VerifyAsync("""
        public static class Reader
        {
            public static byte First(string path)
            {
                ReadOnlySpan<byte> bytes;
                using (var file = MappedFile.Open(path))
                {
                    bytes = {|MMR100:file.Bytes(0, 4)|};
                }

                return {|MMR101:bytes|}[0];
            }
        }
        """);

    [Fact]
    public Task Bytes_returned_from_the_method_that_disposes_the_file() => VerifyAsync("""
        public static class Reader
        {
            public static ReadOnlySpan<byte> Magic(string path)
            {
                using var file = MappedFile.Open(path);
                return {|MMR100:file.Bytes(0, 4)|};
            }
        }
        """);

    [Fact]
    public Task Writable_bytes_sliced_and_returned() => VerifyAsync("""
        public static class Writer
        {
            public static Span<byte> Payload(string path)
            {
                using var file = MappedFile.Open(path, MapAccess.ReadWrite);
                var all = file.WritableBytes(0, 64);
                return {|MMR100:all.Slice(8)|};
            }
        }
        """);

    [Fact]
    public Task Bytes_stored_in_a_ref_struct_field_and_returned() => VerifyAsync(Cursor + """
        public static class Reader
        {
            public static Cursor Start(string path)
            {
                using var file = MappedFile.Open(path);
                var cursor = new Cursor();
                cursor.Rest = file.Bytes(0, 16);
                return {|MMR100:cursor|};
            }
        }
        """);

    [Fact]
    public Task Bytes_stored_in_a_ref_parameter_field() => VerifyAsync(Cursor + """
        public static class Reader
        {
            public static void Start(string path, ref Cursor cursor)
            {
                using var file = MappedFile.Open(path);
                cursor.Rest = {|MMR100:file.Bytes(0, 16)|};
            }
        }
        """);

    [Fact]
    public Task Bytes_copied_out_with_ToArray_inside_is_fine() => VerifyAsync("""
        public static class Reader
        {
            public static byte[] Magic(string path)
            {
                using var file = MappedFile.Open(path);
                return file.Bytes(0, 4).ToArray();
            }
        }
        """);

    [Fact]
    public Task Bytes_copied_into_an_array_or_decoded_inside_is_fine() => VerifyAsync(Cursor + """
        public static class Reader
        {
            public static (byte[] Raw, string Name, int Tag) Parse(string path)
            {
                var raw = new byte[4];
                string name;
                int tag;
                using (var file = MappedFile.Open(path))
                {
                    file.Bytes(0, 4).CopyTo(raw);
                    name = System.Text.Encoding.UTF8.GetString(file.Bytes(4, 8));
                    tag = System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(file.Bytes(12, 4));
                    var cursor = new Cursor { Rest = file.Bytes(16, 4) };
                    tag += cursor.Rest[0];
                }

                return (raw, name, tag);
            }
        }
        """);
}
