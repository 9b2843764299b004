using System.Buffers.Binary;

namespace MmapRecords.Runtime.Tests;

/// <summary>Every access mode on real files, checked against the kernel and outside programs.</summary>
public sealed class AccessModeTests
{
    [Fact]
    public void ReadWrite_edits_are_read_back_by_a_separate_process_after_Flush()
    {
        using var temp = new TempDirectory();
        var path = temp.File("rw.bin");
        File.WriteAllBytes(path, new byte[10 * 16]);

        using var file = MappedFile.Open(path, MapAccess.ReadWrite);
        var view = file.View<Big12>();
        {
            var record = view[3];
            record.High = 0x01020304;
        }
        {
            var record = view[3];
            record.Low = 0x1122334455667788;
        }
        {
            var record = view[9];
            record.Low = ulong.MaxValue;
        }
        file.Flush();

        // python3 reads the file through its own descriptor while the mapping is still open.
        var expected = new byte[12];
        BinaryPrimitives.WriteUInt32BigEndian(expected, 0x01020304);
        BinaryPrimitives.WriteUInt64BigEndian(expected.AsSpan(4), 0x1122334455667788);
        Assert.Equal(Convert.ToHexStringLower(expected), Oracle.PythonHex(path, 3 * 16, 12));
        Assert.Equal("00000000ffffffffffffffff", Oracle.PythonHex(path, 9 * 16, 12));
        Assert.Equal(new string('0', 2 * 12), Oracle.PythonHex(path, 4 * 16, 12));
        Assert.Equal(160, new FileInfo(path).Length);
    }

    [Fact]
    public void ReadWrite_is_a_shared_mapping_and_CopyOnWrite_a_private_one_in_the_kernels_own_account()
    {
        using var temp = new TempDirectory();
        var path = temp.File("maps.bin");
        File.WriteAllBytes(path, new byte[8192]);

        using (var file = MappedFile.Open(path))
        {
            Assert.All(Oracle.MapsOf(path), line => Assert.Equal("r--s", line.Split(' ')[1]));
            Assert.NotEmpty(Oracle.MapsOf(path));
        }

        using (var file = MappedFile.Open(path, MapAccess.ReadWrite))
        {
            Assert.Equal("rw-s", Assert.Single(Oracle.MapsOf(path)).Split(' ')[1]);
        }

        using (var file = MappedFile.Open(path, MapAccess.CopyOnWrite))
        {
            // MAP_PRIVATE: 'p'. This is what makes CopyOnWrite writes private.
            Assert.Equal("rw-p", Assert.Single(Oracle.MapsOf(path)).Split(' ')[1]);
        }
    }

    [Fact]
    public void CopyOnWrite_edits_are_visible_through_the_mapping_only_and_leave_the_files_bytes_unchanged()
    {
        using var temp = new TempDirectory();
        var path = temp.File("cow.bin");
        var original = Oracle.RandomBytes(3 * 4096 + 5, seed: 7);
        File.WriteAllBytes(path, original);
        var before = Oracle.Sha256(path);

        using (var file = MappedFile.Open(path, MapAccess.CopyOnWrite))
        using (var other = MappedFile.Open(path))
        {
            var view = file.View<Long8>();
            for (long i = 0; i < view.Count; i += 100)
            {
                {
                    var record = view[i];
                    record.Value = 0xDEADBEEF00000000UL | (ulong)i;
                }
            }

            file.Flush();

            // Visible through this mapping...
            Assert.Equal(0xDEADBEEF00000000UL | 500, view[500].Value);

            // ...but not through another mapping of the same file, nor in the file (read by sha256sum while mapped).
            Assert.Equal(BinaryPrimitives.ReadUInt64LittleEndian(original.AsSpan(500 * 8)), other.View<Long8>()[500].Value);
            Assert.Equal(before, Oracle.Sha256(path));
        }

        Assert.Equal(before, Oracle.Sha256(path));
        Assert.Equal(original, File.ReadAllBytes(path));
    }

    [Fact]
    public void CopyOnWrite_needs_only_read_access_to_the_file()
    {
        using var temp = new TempDirectory();
        var path = temp.File("cow-ro.bin");
        File.WriteAllBytes(path, new byte[64]);

        using var file = MappedFile.Open(path, MapAccess.CopyOnWrite);
        Assert.Equal(1, Oracle.DescriptorsOf(path));
        var fd = Directory.EnumerateFileSystemEntries("/proc/self/fd").First(f => SafeTarget(f) == path);

        // The descriptor behind the mapping was opened read-only (O_ACCMODE 0 in /proc/self/fdinfo flags).
        var flags = File.ReadAllLines("/proc/self/fdinfo/" + Path.GetFileName(fd)).First(l => l.StartsWith("flags:", StringComparison.Ordinal));
        Assert.Equal(0, Convert.ToInt32(flags.Split('\t', ' ').Last(), 8) & 3);
        var second = file.View<Long8>()[2];
        second.Value = 42;
        Assert.Equal(42UL, file.View<Long8>()[2].Value);
    }

    [Fact]
    public void Setters_on_a_Read_mapping_throw_InvalidOperationException_and_change_nothing()
    {
        using var temp = new TempDirectory();
        var path = temp.File("ro.bin");
        var bytes = Oracle.RandomBytes(100, seed: 3);
        File.WriteAllBytes(path, bytes);

        using var file = MappedFile.Open(path);
        var record = file.View<Long8>()[1];
        var e = Assert.Throws<InvalidOperationException>(() => record.Value = 1);
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
        Assert.Contains("read-only", e.Message, StringComparison.Ordinal);
        var header = file.Read<Header>(0);
        Assert.Throws<InvalidOperationException>(() => header.Count = 7);
        Assert.Equal(bytes, File.ReadAllBytes(path));
    }

    [Fact]
    public void Create_then_write_then_reopen_reads_the_records_back()
    {
        using var temp = new TempDirectory();
        var path = temp.File("new.bin");
        using (var file = MappedFile.Create(path, 16 + (5 * 8)))
        {
            Assert.Equal(MapAccess.ReadWrite, file.Access);
            Assert.Equal(56, file.Length);
            var header = file.Read<Header>(0);
            header.Magic = 0x52524D4D;
            header.Count = 5;
            header.TableOffset = 16;
            var table = file.View<Long8>(16);
            Assert.Equal(5, table.Count);
            for (var i = 0; i < 5; i++)
            {
                Assert.Equal(0UL, table[i].Value);
                {
                    var record = table[i];
                    record.Value = (ulong)(i * i) + 1_000_000_000_000UL;
                }
            }

            file.Flush();
        }

        var bytes = File.ReadAllBytes(path);
        Assert.Equal(56, bytes.Length);
        Assert.Equal(0x52524D4Du, BinaryPrimitives.ReadUInt32LittleEndian(bytes));
        Assert.Equal(1_000_000_000_016UL, BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(16 + (4 * 8))));

        using var reopened = MappedFile.Open(path);
        var h = reopened.Read<Header>(0);
        var view = reopened.View<Long8>(h.TableOffset, h.Count);
        Assert.Equal(1_000_000_000_009UL, view[3].Value);
    }

    [Fact]
    public void Create_never_overwrites_an_existing_file()
    {
        using var temp = new TempDirectory();
        var path = temp.File("exists.bin");
        File.WriteAllBytes(path, [1, 2, 3]);

        var e = Assert.Throws<IOException>(() => MappedFile.Create(path, 100));
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
        Assert.Equal([1, 2, 3], File.ReadAllBytes(path));
        Assert.Throws<IOException>(() => MappedFile.Create(path, 0));
        Assert.Equal([1, 2, 3], File.ReadAllBytes(path));
    }

    [Fact]
    public void Create_with_length_0_makes_an_empty_file_that_holds_no_records()
    {
        using var temp = new TempDirectory();
        var path = temp.File("empty.bin");
        using (var file = MappedFile.Create(path, 0))
        {
            Assert.Equal(0, file.Length);
            Assert.Equal(0, file.View<OneByte>().Count);
            Assert.Empty(file.View<Long8>());
            file.Flush();
        }

        Assert.True(File.Exists(path));
        Assert.Equal(0, new FileInfo(path).Length);
    }

    [Fact]
    public void Create_that_cannot_reach_its_length_deletes_the_half_made_file()
    {
        using var temp = new TempDirectory();
        var path = temp.File("toolong.bin");

        // ext4 and most file systems refuse a file of 2^63-1 bytes (EFBIG).
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => MappedFile.Create(path, long.MaxValue));
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
        Assert.Contains("9,223,372,036,854,775,807 bytes", e.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
        Assert.Equal(0, Oracle.DescriptorsOf(path));
    }

    private static string? SafeTarget(string fd)
    {
        try
        {
            return new FileInfo(fd).LinkTarget;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
