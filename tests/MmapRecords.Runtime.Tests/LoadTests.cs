using System.Buffers.Binary;
using System.Security.Cryptography;

namespace MmapRecords.Runtime.Tests;

/// <summary>MappedFile.Load: the small-file path reads the file into memory and behaves like a copy-on-write mapping.</summary>
public sealed class LoadTests
{
    [Fact]
    public void Loaded_records_read_what_BinaryPrimitives_wrote_and_writes_never_reach_the_file()
    {
        using var temp = new TempDirectory();
        var path = temp.File("table.bin");
        var bytes = new byte[5 * 8];
        for (var i = 0; i < 5; i++)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(i * 8), 0x0102030405060708UL * (ulong)(i + 1));
        }

        File.WriteAllBytes(path, bytes);
        var hashBefore = SHA256.HashData(File.ReadAllBytes(path));

        using (var file = MappedFile.Load(path))
        {
            Assert.Equal(MapAccess.CopyOnWrite, file.Access);
            Assert.Equal(bytes.Length, file.Length);
            Assert.Equal(Path.GetFullPath(path), file.Path);
            var view = file.View<Long8>();
            Assert.Equal(5, view.Count);
            for (var i = 0; i < 5; i++)
            {
                Assert.Equal(BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(i * 8)), view[i].Value);
            }

            var third = view[2];
            third.Value = 42;
            Assert.Equal(42UL, file.View<Long8>()[2].Value);
            file.Flush();
        }

        Assert.Equal(hashBefore, SHA256.HashData(File.ReadAllBytes(path)));
    }

    [Fact]
    public void A_loaded_file_refuses_views_after_Dispose_and_an_empty_file_holds_no_records()
    {
        using var temp = new TempDirectory();
        var path = temp.File("empty.bin");
        File.WriteAllBytes(path, []);

        var file = MappedFile.Load(path);
        Assert.Equal(0, file.View<Long8>().Count);
        file.Dispose();
#pragma warning disable MMR101 // the use after Dispose is what this test is about
        Assert.Throws<ObjectDisposedException>(() => file.View<Long8>());
#pragma warning restore MMR101
        file.Dispose();
    }

    [Fact]
    public void Loading_a_missing_file_or_a_directory_fails_with_the_path_in_the_message()
    {
        using var temp = new TempDirectory();
        var missing = Assert.Throws<FileNotFoundException>(() => MappedFile.Load(temp.File("missing.bin")));
        Assert.Contains("missing.bin", missing.Message, StringComparison.Ordinal);
        var directory = Assert.Throws<UnauthorizedAccessException>(() => MappedFile.Load(temp.Path));
        Assert.Contains(temp.Path, directory.Message, StringComparison.Ordinal);
    }
}

/// <summary>An enumerator hands out records of the view only between a successful MoveNext and the end.</summary>
public sealed class EnumeratorTests
{
    [Fact]
    public void Current_before_MoveNext_is_a_default_record_that_points_into_no_memory()
    {
        using var temp = new TempDirectory();
        var path = temp.File("records.bin");
        File.WriteAllBytes(path, [1, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0]);
        using var file = MappedFile.Open(path);

        var enumerator = file.View<Long8>().GetEnumerator();
        AssertPointsNowhere(enumerator.Current);

        // This test project builds with the DEBUG symbol: checked mode names the default record.
        var error = Assert.Throws<InvalidOperationException>(() => enumerator.Current.Value);
        Assert.Contains("default", error.Message, StringComparison.Ordinal);

        Assert.True(enumerator.MoveNext());
        Assert.Equal(1UL, enumerator.Current.Value);
        Assert.True(enumerator.MoveNext());
        Assert.Equal(2UL, enumerator.Current.Value);
        Assert.False(enumerator.MoveNext());
        Assert.Equal(2UL, enumerator.Current.Value);

        var empty = default(RecordView<Long8>).GetEnumerator();
        AssertPointsNowhere(empty.Current);
        Assert.False(empty.MoveNext());
        AssertPointsNowhere(empty.Current);

        var emptyAtEnd = file.View<Long8>(file.Length).GetEnumerator();
        Assert.False(emptyAtEnd.MoveNext());
        AssertPointsNowhere(emptyAtEnd.Current);
    }

    private static void AssertPointsNowhere<T>(T record) where T : struct, IRecord<T>
    {
        Assert.Null(record.Source);
        Assert.Equal(0, record.Address);
    }
}
