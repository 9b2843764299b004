namespace MmapRecords.Runtime.Tests;

/// <summary>Each kind of bad input gets the SPEC's exception, naming the file and the byte counts.</summary>
public sealed class BadInputTests
{
    [Theory]
    [InlineData(MapAccess.Read)]
    [InlineData(MapAccess.ReadWrite)]
    [InlineData(MapAccess.CopyOnWrite)]
    public void An_empty_file_opens_and_holds_no_records(MapAccess access)
    {
        using var temp = new TempDirectory();
        var path = temp.File("empty.bin");
        File.WriteAllBytes(path, []);

        using var file = MappedFile.Open(path, access);
        Assert.Equal(0, file.Length);
        Assert.Equal(0, file.View<OneByte>().Count);
        Assert.Equal(0, file.View<Sparse13>(0).Count);
        Assert.Equal(0, file.View<Long8>(0, 0).Count);
        Assert.Empty(file.View<Long8>());
        Assert.Equal(0, file.View<Long8>().Slice(0, 0).Count);
        file.Flush();

        var e = Assert.Throws<ArgumentOutOfRangeException>(() => file.Read<OneByte>(0));
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
        Assert.Contains("0 bytes", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => file.View<OneByte>(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => file.View<OneByte>(0, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => file.View<OneByte>()[0]);
        using var window = MappedFile.Open(path, access, 0, 0);
        Assert.Equal(0, window.View<OneByte>().Count);
    }

    [Fact]
    public void A_file_shorter_than_one_record_holds_none_and_asking_for_one_names_the_byte_counts()
    {
        using var temp = new TempDirectory();
        var path = temp.File("seven.bin");
        File.WriteAllBytes(path, new byte[7]);

        using var file = MappedFile.Open(path);
        Assert.Equal(0, file.View<Long8>().Count);
        Assert.Equal(7, file.View<OneByte>().Count);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => file.View<Long8>(0, 1));
        Assert.Equal("count", e.ParamName);
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
        Assert.Contains("need 8 bytes", e.Message, StringComparison.Ordinal);
        Assert.Contains("has 7 bytes", e.Message, StringComparison.Ordinal);
        var read = Assert.Throws<ArgumentOutOfRangeException>(() => file.Read<Long8>(0));
        Assert.Contains("ends at byte 8", read.Message, StringComparison.Ordinal);
        Assert.Contains("7 bytes", read.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Views_past_the_end_or_with_negative_numbers_throw_ArgumentOutOfRange()
    {
        using var temp = new TempDirectory();
        var path = temp.File("table.bin");
        File.WriteAllBytes(path, new byte[100]);
        using var file = MappedFile.Open(path);

        // 100 bytes hold 6 Big12 records (5 * 16 + 12 = 92 <= 100; 6 * 16 + 12 = 108 > 100).
        Assert.Equal(6, file.View<Big12>().Count);
        Assert.Equal(6, file.View<Big12>(0, 6).Count);
        Assert.Equal(1, file.View<Big12>(88).Count);
        Assert.Equal(0, file.View<Big12>(89).Count);
        Assert.Equal(0, file.View<Big12>(100).Count);
        Assert.Equal(0, file.View<Big12>(100, 0).Count);

        var tooMany = Assert.Throws<ArgumentOutOfRangeException>(() => file.View<Big12>(0, 7));
        Assert.Contains("7 records of Big12 (12 bytes, stride 16) at byte offset 0 need 108 bytes", tooMany.Message, StringComparison.Ordinal);
        Assert.Contains("has 100 bytes", tooMany.Message, StringComparison.Ordinal);
        Assert.Contains(path, tooMany.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => file.View<Big12>(89, 1));
        var past = Assert.Throws<ArgumentOutOfRangeException>(() => file.View<Big12>(101));
        Assert.Contains("Byte offset 101", past.Message, StringComparison.Ordinal);
        Assert.Contains("100 bytes", past.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => file.View<Big12>(101, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => file.View<Big12>(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => file.View<Big12>(0, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => file.View<Big12>(-1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => file.Read<Big12>(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => file.Read<Big12>(89));
        Assert.Throws<ArgumentOutOfRangeException>(() => file.Read<Big12>(long.MinValue));
    }

    [Fact]
    public void Indexes_and_slices_out_of_range_throw_and_Slice_at_Count_with_0_is_empty()
    {
        using var temp = new TempDirectory();
        var path = temp.File("slices.bin");
        File.WriteAllBytes(path, Oracle.RandomBytes(10 * 7, seed: 5));
        using var file = MappedFile.Open(path);
        var view = file.View<Odd3>();
        Assert.Equal(10, view.Count);

        foreach (var index in new[] { -1L, 10, 11, long.MaxValue, long.MinValue })
        {
            var e = Assert.Throws<ArgumentOutOfRangeException>(() => view[index]);
            Assert.Equal("index", e.ParamName);
            Assert.Contains(path, e.Message, StringComparison.Ordinal);
            Assert.Contains($"Index {index}", e.Message, StringComparison.Ordinal);
        }

        Assert.Equal(0, view.Slice(10, 0).Count);
        Assert.Empty(view.Slice(10, 0));
        Assert.Equal(0, view.Slice(0, 0).Count);
        Assert.Equal(view[9], view.Slice(9, 1)[0]);
        Assert.Equal(view[7], view.Slice(3, 7).Slice(4, 3)[0]);
        foreach (var (start, count) in new[] { (10L, 1L), (11L, 0L), (-1L, 0L), (0L, -1L), (0L, 11L), (5L, 6L), (1L, long.MaxValue), (long.MaxValue, long.MaxValue), (long.MinValue, 1L) })
        {
            var e = Assert.Throws<ArgumentOutOfRangeException>(() => view.Slice(start, count));
            Assert.Contains(path, e.Message, StringComparison.Ordinal);
            Assert.Contains($"Slice({start}, {count})", e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_default_view_is_empty_and_a_default_record_throws_rather_than_faults()
    {
        RecordView<Long8> view = default;
        Assert.Equal(0, view.Count);
        Assert.Empty(view);
        Assert.Equal(0, view.Slice(0, 0).Count);
        Assert.Throws<ArgumentOutOfRangeException>(() => view[0]);

        // A setter always checks (every build); a getter on default checks in checked (Debug) builds such as this one.
        var none = default(Long8);
        Assert.Throws<InvalidOperationException>(() => none.Value = 1);
    }

    [Fact]
    public void A_directory_path_throws_UnauthorizedAccess_saying_it_is_a_directory()
    {
        using var temp = new TempDirectory();
        foreach (var access in new[] { MapAccess.Read, MapAccess.ReadWrite, MapAccess.CopyOnWrite })
        {
            var e = Assert.Throws<UnauthorizedAccessException>(() => MappedFile.Open(temp.Path, access));
            Assert.Contains(temp.Path, e.Message, StringComparison.Ordinal);
            Assert.Contains("directory", e.Message, StringComparison.Ordinal);
        }

        Assert.Throws<UnauthorizedAccessException>(() => MappedFile.Open(temp.Path, MapAccess.Read, 0, 0));
    }

    [Fact]
    public void A_missing_file_or_directory_throws_naming_the_path()
    {
        using var temp = new TempDirectory();
        var missing = temp.File("missing.bin");
        var e = Assert.Throws<FileNotFoundException>(() => MappedFile.Open(missing));
        Assert.Contains(missing, e.Message, StringComparison.Ordinal);
        Assert.Throws<FileNotFoundException>(() => MappedFile.Open(missing, MapAccess.ReadWrite, 0, 0));
        Assert.False(File.Exists(missing));

        var inMissingDirectory = Path.Combine(temp.Path, "nope", "x.bin");
        var d = Assert.Throws<DirectoryNotFoundException>(() => MappedFile.Open(inMissingDirectory));
        Assert.Contains(inMissingDirectory, d.Message, StringComparison.Ordinal);
        Assert.Throws<DirectoryNotFoundException>(() => MappedFile.Create(inMissingDirectory, 10));
    }

    [Fact]
    public void Bad_arguments_to_Open_and_Create_throw_before_touching_the_disk()
    {
        using var temp = new TempDirectory();
        var path = temp.File("args.bin");
        Assert.Throws<ArgumentNullException>(() => MappedFile.Open(null!));
        Assert.Throws<ArgumentException>(() => MappedFile.Open(""));
        Assert.Throws<ArgumentOutOfRangeException>(() => MappedFile.Create(path, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => MappedFile.Create(path, long.MinValue));
        Assert.False(File.Exists(path));
        File.WriteAllBytes(path, [1]);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => MappedFile.Open(path, (MapAccess)7));
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Non_regular_files_are_refused_or_empty_never_a_crash()
    {
        // A character device reports no length: it is either refused or maps to nothing.
        try
        {
            using var file = MappedFile.Open("/dev/null");
            Assert.Equal(0, file.View<OneByte>().Count);
        }
        catch (IOException e)
        {
            Assert.Contains("/dev/null", e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Failed_opens_leave_no_descriptor_and_no_mapping_behind()
    {
        using var temp = new TempDirectory();
        var path = temp.File("leak.bin");
        File.WriteAllBytes(path, new byte[5000]);
        var before = Directory.EnumerateFileSystemEntries("/proc/self/fd").Count();

        for (var i = 0; i < 200; i++)
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => MappedFile.Open(path, MapAccess.ReadWrite, 4097, 1000));
            Assert.Throws<ArgumentOutOfRangeException>(() => MappedFile.Open(path, MapAccess.Read, 5001, 0));
            Assert.Throws<UnauthorizedAccessException>(() => MappedFile.Open(temp.Path));
            Assert.Throws<IOException>(() => MappedFile.Create(path, 10));
        }

        Assert.Equal(0, Oracle.DescriptorsOf(path));
        Assert.Empty(Oracle.MapsOf(path));

        // Other tests run in parallel and open files of their own: allow some slack, but not 800 leaked handles.
        Assert.InRange(Directory.EnumerateFileSystemEntries("/proc/self/fd").Count(), 0, before + 50);
    }
}
