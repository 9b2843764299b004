using static MmapRecords.Generator.Tests.Lifetime.LifetimeVerifier;

namespace MmapRecords.Generator.Tests.Lifetime.MMR101;

/// <summary>A span from <c>MappedFile.Bytes</c>/<c>WritableBytes</c> read after the disposal: an element, the length, a slice, a copy.</summary>
public class MappedBytesTests
{
    [Fact]
    public Task Bytes_indexed_after_dispose() => VerifyAsync("""
        public static class Reader
        {
            public static byte First(string path)
            {
                var file = MappedFile.Open(path);
                var bytes = file.Bytes(0, 4);
                file.Dispose();
                return {|MMR101:bytes|}[0];
            }
        }
        """);

    [Fact]
    public Task Bytes_length_after_dispose() => VerifyAsync("""
        public static class Reader
        {
            public static int Count(string path)
            {
                var file = MappedFile.Open(path);
                var bytes = file.Bytes(0, 4);
                file.Dispose();
                return {|MMR101:bytes|}.Length;
            }
        }
        """);

    [Fact]
    public Task Bytes_sliced_after_dispose_reports_once() => VerifyAsync("""
        public static class Reader
        {
            public static byte Second(string path)
            {
                var file = MappedFile.Open(path);
                var bytes = file.Bytes(0, 4);
                file.Dispose();
                var tail = {|MMR101:bytes|}.Slice(1);
                return tail[0];
            }
        }
        """);

    [Fact]
    public Task Writable_bytes_copied_after_dispose() => VerifyAsync("""
        public static class Writer
        {
            public static void Save(string path, byte[] into)
            {
                var file = MappedFile.Open(path, MapAccess.ReadWrite);
                var bytes = file.WritableBytes(0, 4);
                file.Dispose();
                {|MMR101:bytes|}.CopyTo(into);
            }
        }
        """);

    [Fact]
    public Task Writable_bytes_written_after_the_using() => VerifyAsync("""
        public static class Writer
        {
            public static void Clear(string path)
            {
                Span<byte> bytes;
                using (var file = MappedFile.Open(path, MapAccess.ReadWrite))
                {
                    bytes = {|MMR100:file.WritableBytes(0, 4)|};
                }

                {|MMR101:bytes|}.Clear();
            }
        }
        """);

    [Fact]
    public Task Length_and_copies_taken_before_dispose_are_fine() => VerifyAsync("""
        public static class Reader
        {
            public static int Sum(string path)
            {
                var file = MappedFile.Open(path);
                var bytes = file.Bytes(0, 4);
                var length = bytes.Length;
                var copy = bytes.ToArray();
                Span<byte> local = stackalloc byte[4];
                bytes.CopyTo(local);
                file.Dispose();
                return length + copy[0] + local[1];
            }
        }
        """);
}
