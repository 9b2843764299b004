namespace MmapRecords.Runtime.Tests;

/// <summary>Windows at awkward offsets, compared byte for byte with RandomAccess reads.</summary>
public sealed class WindowTests
{
    private const int FileLength = (3 * 4096) + 123;

    public static TheoryData<long, long> Windows => new()
    {
        { 0, FileLength },
        { 0, 1 },
        { 1, 100 },
        { 1, FileLength - 1 },
        { 4095, 2 },
        { 4095, 4097 },
        { 4096, 4096 },
        { 4096, FileLength - 4096 },
        { 4097, 5000 },
        { 4097, 0 },
        { FileLength - 13, 13 },
        { FileLength - 1, 1 },
        { FileLength, 0 },
        { 0, 0 },
    };

    [Theory]
    [MemberData(nameof(Windows))]
    public void A_window_maps_exactly_the_files_bytes_from_its_offset(long offset, long length)
    {
        using var temp = new TempDirectory();
        var path = temp.File("window.bin");
        File.WriteAllBytes(path, Oracle.RandomBytes(FileLength, seed: 11));
        var expected = Oracle.ReadBytes(path, offset, (int)length);

        using var file = MappedFile.Open(path, MapAccess.Read, offset, length);
        Assert.Equal(length, file.Length);
        var bytes = file.View<OneByte>();
        Assert.Equal(length, bytes.Count);
        var actual = new byte[length];
        var i = 0;
        foreach (var b in bytes)
        {
            actual[i++] = b.Value;
        }

        Assert.Equal(expected, actual);

        // Wider records over the same window: the last one needs only Size bytes.
        var wide = file.View<Sparse13>();
        Assert.Equal(length < 13 ? 0 : ((length - 13) / 4099) + 1, wide.Count);
        for (long r = 0; r < wide.Count; r++)
        {
            Assert.Equal(Sparse13.Expected(expected.AsSpan((int)(r * 4099), 13)), wide[r].Probe());
        }

        // Read<T> at the window's last possible offset.
        if (length >= 8)
        {
            Assert.Equal(Long8.Expected(expected.AsSpan((int)length - 8)), file.Read<Long8>(length - 8).Value);
            Assert.Throws<ArgumentOutOfRangeException>(() => file.Read<Long8>(length - 7));
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(4095)]
    [InlineData(4096)]
    [InlineData(4097)]
    [InlineData(FileLength - 8)]
    public void A_ReadWrite_window_writes_at_its_offset_in_the_file(long offset)
    {
        using var temp = new TempDirectory();
        var path = temp.File("window-rw.bin");
        var original = Oracle.RandomBytes(FileLength, seed: 12);
        File.WriteAllBytes(path, original);

        using (var file = MappedFile.Open(path, MapAccess.ReadWrite, offset, 8))
        {
            var record = file.View<Long8>()[0];
            record.Value = 0x0807060504030201UL;
            file.Flush();
        }

        var expected = (byte[])original.Clone();
        for (var i = 0; i < 8; i++)
        {
            expected[offset + i] = (byte)(i + 1);
        }

        Assert.Equal(expected, File.ReadAllBytes(path));
    }

    [Fact]
    public void Windows_that_reach_past_the_end_throw_naming_the_file_and_the_byte_counts()
    {
        using var temp = new TempDirectory();
        var path = temp.File("short.bin");
        File.WriteAllBytes(path, new byte[1000]);

        foreach (var (offset, length) in new[] { (0L, 1001L), (1000L, 1L), (1001L, 0L), (999L, 2L), (long.MaxValue, 1L), (1L, long.MaxValue), (long.MaxValue, long.MaxValue) })
        {
            var e = Assert.Throws<ArgumentOutOfRangeException>(() => MappedFile.Open(path, MapAccess.Read, offset, length));
            Assert.Contains(path, e.Message, StringComparison.Ordinal);
            Assert.Contains("1,000 bytes", e.Message, StringComparison.Ordinal);
        }

        foreach (var (offset, length) in new[] { (-1L, 0L), (0L, -1L), (long.MinValue, 10L), (10L, long.MinValue) })
        {
            var e = Assert.Throws<ArgumentOutOfRangeException>(() => MappedFile.Open(path, MapAccess.ReadWrite, offset, length));
            Assert.Contains(path, e.Message, StringComparison.Ordinal);
        }

        Assert.Equal(0, Oracle.DescriptorsOf(path));
    }
}
