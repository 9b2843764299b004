// These tests use files and views after Dispose on purpose, to pin the runtime's ObjectDisposedException;
// the analyzer is right to flag that, and is silenced for this file only.
#pragma warning disable MMR101

namespace MmapRecords.Runtime.Tests;

/// <summary>Use after Dispose throws; Dispose releases the mapping and the handle before it returns.</summary>
public sealed class DisposeTests
{
    [Theory]
    [InlineData(MapAccess.Read)]
    [InlineData(MapAccess.ReadWrite)]
    [InlineData(MapAccess.CopyOnWrite)]
    public void Every_MappedFile_and_RecordView_operation_after_Dispose_throws_ObjectDisposed(MapAccess access)
    {
        using var temp = new TempDirectory();
        var path = temp.File("disposed.bin");
        File.WriteAllBytes(path, new byte[800]);
        var file = MappedFile.Open(path, access);
        var view = file.View<Long8>();
        var slice = view.Slice(10, 5);
        var enumerator = file.View<Long8>().GetEnumerator();
        Assert.True(enumerator.MoveNext());
        file.Dispose();

        var thrown = new List<ObjectDisposedException>
        {
            Assert.Throws<ObjectDisposedException>(() => file.Length),
            Assert.Throws<ObjectDisposedException>(() => file.View<Long8>()),
            Assert.Throws<ObjectDisposedException>(() => file.View<Long8>(8)),
            Assert.Throws<ObjectDisposedException>(() => file.View<Long8>(8, 1)),
            Assert.Throws<ObjectDisposedException>(() => file.View<Long8>(-1)),
            Assert.Throws<ObjectDisposedException>(() => file.View<Long8>(0, long.MaxValue)),
            Assert.Throws<ObjectDisposedException>(() => file.Read<Long8>(0)),
            Assert.Throws<ObjectDisposedException>(() => file.Read<Long8>(10_000)),
            Assert.Throws<ObjectDisposedException>(file.Flush),
            Assert.Throws<ObjectDisposedException>(() => view.Count),
            Assert.Throws<ObjectDisposedException>(() => view[0]),
            Assert.Throws<ObjectDisposedException>(() => view[99]),
            Assert.Throws<ObjectDisposedException>(() => view[100]),
            Assert.Throws<ObjectDisposedException>(() => view[-1]),
            Assert.Throws<ObjectDisposedException>(() => view.Slice(0, 1)),
            Assert.Throws<ObjectDisposedException>(() => view.Slice(500, 1)),
            Assert.Throws<ObjectDisposedException>(() => view.GetEnumerator()),
            Assert.Throws<ObjectDisposedException>(() => view.First()),
            Assert.Throws<ObjectDisposedException>(() => slice[0]),
            Assert.Throws<ObjectDisposedException>(() => slice.Count),
            Assert.Throws<ObjectDisposedException>(() => enumerator.MoveNext()),
        };
        Assert.All(thrown, e => Assert.Contains(path, e.Message, StringComparison.Ordinal));

        // What describes the object stays available, and a second Dispose does nothing.
        Assert.Equal(path, file.Path);
        Assert.Equal(access, file.Access);
        Assert.True(file.IsDisposed);
        Assert.Contains("disposed", file.ToString(), StringComparison.Ordinal);
        Assert.Contains(path, view.ToString(), StringComparison.Ordinal);
        file.Dispose();
    }

    [Theory]
    [InlineData(MapAccess.Read)]
    [InlineData(MapAccess.ReadWrite)]
    [InlineData(MapAccess.CopyOnWrite)]
    public void Dispose_unmaps_and_closes_before_it_returns_so_the_file_can_be_deleted_and_recreated(MapAccess access)
    {
        using var temp = new TempDirectory();
        var path = temp.File("release.bin");
        File.WriteAllBytes(path, new byte[3 * 4096]);

        var file = MappedFile.Open(path, access, 1, 8000);
        Assert.Single(Oracle.MapsOf(path));
        Assert.Equal(1, Oracle.DescriptorsOf(path));
        file.Dispose();

        // The kernel's own account: no mapping, no descriptor left (no finalizer or GC needed).
        Assert.Empty(Oracle.MapsOf(path));
        Assert.Equal(0, Oracle.DescriptorsOf(path));

        File.Delete(path);
        File.WriteAllBytes(path, [9, 8, 7, 6, 5, 4, 3, 2, 1]);
        using var again = MappedFile.Open(path, access);
        Assert.Equal(9, again.Length);
        Assert.Equal(1, again.View<OneByte>()[8].Value);
    }

    [Fact]
    public void While_mapped_the_file_holds_a_shared_lock_that_refuses_exclusive_openers_in_other_processes()
    {
        using var temp = new TempDirectory();
        var path = temp.File("locked.bin");
        File.WriteAllBytes(path, new byte[100]);

        using (var file = MappedFile.Open(path, MapAccess.ReadWrite))
        {
            // flock(1) from util-linux asks for an exclusive lock without waiting: refused (exit 1).
            Assert.Equal(1, Oracle.RunProcess("flock", ["-x", "-n", path, "true"]).Code);

            // A shared lock (another reader) is fine.
            Assert.Equal(0, Oracle.RunProcess("flock", ["-s", "-n", path, "true"]).Code);

            // .NET's FileShare.None is the same exclusive flock.
            Assert.Throws<IOException>(() => new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None).Dispose());
        }

        Assert.Equal(0, Oracle.RunProcess("flock", ["-x", "-n", path, "true"]).Code);
    }

    [Fact]
    public void A_view_made_after_another_process_truncated_the_file_throws_IOException_instead_of_faulting()
    {
        using var temp = new TempDirectory();
        var path = temp.File("truncated.bin");
        File.WriteAllBytes(path, new byte[5 * 4096]);

        using var file = MappedFile.Open(path, MapAccess.Read, 100, 4 * 4096);
        var before = file.View<Long8>();
        Assert.Equal(4 * 4096 / 8, before.Count);

        // truncate(1) ignores advisory locks, as most programs do.
        Oracle.Run("truncate", "-s", "4096", path);

        var e = Assert.Throws<IOException>(() => file.View<Long8>());
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
        Assert.Contains("4,096 bytes", e.Message, StringComparison.Ordinal);
        Assert.Contains("16,484", e.Message, StringComparison.Ordinal);
        Assert.Throws<IOException>(() => file.View<Long8>(8, 1));

        // Growing the file back makes views possible again (the pages are the file's again).
        Oracle.Run("truncate", "-s", "20000", path);
        Assert.Equal(4 * 4096 / 8, file.View<Long8>().Count);
        Assert.Equal(0UL, file.View<Long8>()[2047].Value);
    }
}
