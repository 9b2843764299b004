using System.Globalization;
using MmapRecords.Testing;
using TiffDirectory;

namespace MmapRecords.Samples.Tests;

/// <summary>
/// The TIFF sample against ImageMagick: files written big-endian (<c>MM</c>) and little-endian (<c>II</c>) by
/// <c>convert</c>, their tags compared with <c>identify</c> and their strips with the pixels <c>convert … rgb:</c> writes.
/// </summary>
public sealed class TiffTests : IDisposable
{
    private readonly TempDirectory _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Theory]
    [InlineData("msb", 5, 3, 0)]
    [InlineData("lsb", 5, 3, 0)]
    [InlineData("msb", 7, 4, 1)]   // one strip per row: StripOffsets is an array at an offset, read in the file's order
    [InlineData("lsb", 7, 4, 1)]
    [InlineData("msb", 300, 2, 0)] // a width above 255: SHORT bytes really are swapped
    [InlineData("lsb", 300, 2, 1)]
    public void Tags_and_strips_match_ImageMagick_in_either_byte_order(string endian, int width, int height, int rowsPerStrip)
    {
        var path = _scratch.File($"{endian}-{width}x{height}-{rowsPerStrip}.tif");
        var arguments = new List<string> { "-size", $"{width}x{height}", "gradient:red-blue", "-depth", "8", "-define", $"tiff:endian={endian}", "-compress", "none" };
        if (rowsPerStrip > 0)
        {
            arguments.AddRange(["-define", $"tiff:rows-per-strip={rowsPerStrip}"]);
        }

        arguments.Add(path);
        Tool.Run("convert", arguments).EnsureSuccess();
        var identify = Tool.Output("identify", "-format", "%w %h %z %[tiff:endian] %[tiff:rows-per-strip] %[tiff:photometric] %C", path).Split(' ');

        using var file = MappedFile.Open(path);
        var order = Tiff.Order(file);
        Assert.Equal(endian == "msb" ? ByteOrder.BigEndian : ByteOrder.LittleEndian, order);
        Assert.Equal(identify[3], order == ByteOrder.BigEndian ? "msb" : "lsb");

        var directories = Tiff.Directories(file);
        Assert.Single(directories);
        var ifd = directories[0];
        uint Single(ushort tag) => Assert.Single(Tiff.Numbers(file, Tiff.Find(ifd, tag)!.Value, order));

        Assert.Equal(uint.Parse(identify[0], CultureInfo.InvariantCulture), Single(256));
        Assert.Equal(uint.Parse(identify[1], CultureInfo.InvariantCulture), Single(257));
        Assert.All(Tiff.Numbers(file, Tiff.Find(ifd, 258)!.Value, order), bits => Assert.Equal(uint.Parse(identify[2], CultureInfo.InvariantCulture), bits));
        Assert.Equal(uint.Parse(identify[4], CultureInfo.InvariantCulture), Single(278));
        Assert.Equal("RGB", identify[5]);
        Assert.Equal(2u, Single(262));   // PhotometricInterpretation RGB
        Assert.Equal("None", identify[6]);
        Assert.Equal(1u, Single(259));   // Compression none
        Assert.Equal(3u, Single(277));

        var strips = Tiff.Numbers(file, Tiff.Find(ifd, 273)!.Value, order);
        Assert.Equal((height + (int)Single(278) - 1) / (int)Single(278), strips.Length);

        var rgb = _scratch.File($"{endian}-{width}x{height}-{rowsPerStrip}.rgb");
        Tool.Run("convert", [path, "-depth", "8", "rgb:" + rgb]).EnsureSuccess();
        Assert.Equal(File.ReadAllBytes(rgb), Tiff.StripBytes(file, ifd, order));
    }

    [Fact]
    public void The_same_picture_in_both_orders_has_the_same_tags_and_values()
    {
        var msb = _scratch.File("msb.tif");
        var lsb = _scratch.File("lsb.tif");
        Tool.Run("convert", ["-size", "9x2", "gradient:", "-depth", "8", "-define", "tiff:endian=msb", "-compress", "none", msb]).EnsureSuccess();
        Tool.Run("convert", [msb, "-define", "tiff:endian=lsb", "-compress", "none", lsb]).EnsureSuccess();

        using var big = MappedFile.Open(msb);
        using var little = MappedFile.Open(lsb);
        var bigIfd = Tiff.Directories(big)[0];
        var littleIfd = Tiff.Directories(little)[0];
        Assert.Equal(bigIfd.Select(e => e.Tag), littleIfd.Select(e => e.Tag));
        foreach (var entry in bigIfd.Where(e => e.Type is FieldType.Short or FieldType.Long && e.Tag != 273))
        {
            Assert.Equal(Tiff.Numbers(big, entry, ByteOrder.BigEndian), Tiff.Numbers(little, Tiff.Find(littleIfd, entry.Tag)!.Value, ByteOrder.LittleEndian));
        }
    }

    [Fact]
    public void A_file_that_is_not_TIFF_is_refused_with_its_name()
    {
        var path = _scratch.File("not.tif");
        File.WriteAllBytes(path, "XX*\0\0\0\0\0"u8.ToArray());
        using var file = MappedFile.Open(path);
        var e = Assert.Throws<InvalidDataException>(() => Tiff.Order(file));
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_directory_offset_past_the_end_is_refused_rather_than_read()
    {
        var path = _scratch.File("bad-offset.tif");
        File.WriteAllBytes(path, "MM\0\x2A\x7F\0\0\0"u8.ToArray());
        using var file = MappedFile.Open(path);
        Assert.Throws<InvalidDataException>(() => Tiff.Directories(file));
    }
}
