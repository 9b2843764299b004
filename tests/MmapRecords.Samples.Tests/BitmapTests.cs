using System.Globalization;
using BitmapPixels;
using MmapRecords.Testing;

namespace MmapRecords.Samples.Tests;

/// <summary>The BMP sample against ImageMagick: <c>identify</c> for the headers, <c>convert … txt:-</c> for every pixel.</summary>
public sealed class BitmapTests : IDisposable
{
    private readonly TempDirectory _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Theory]
    [InlineData(1, 1, 1)] // 3 bytes of pixels, 1 of padding
    [InlineData(2, 3, 2)] // 6 + 2
    [InlineData(3, 2, 3)] // 9 + 3
    [InlineData(4, 5, 4)] // 12, no padding
    [InlineData(5, 3, 5)] // 15 + 1
    [InlineData(37, 11, 6)]
    public void Headers_and_every_pixel_match_ImageMagick(int width, int height, int seed)
    {
        var path = MakeBitmap(width, height, seed);

        using var file = MappedFile.Open(path);
        var header = Bitmap.FileHeader(file);
        var info = Bitmap.InfoHeader(file);

        var identify = Tool.Output("identify", "-format", "%w %h %m", path).Split(' ');
        Assert.Equal(int.Parse(identify[0], CultureInfo.InvariantCulture), info.Width);
        Assert.Equal(int.Parse(identify[1], CultureInfo.InvariantCulture), info.Height);
        Assert.Equal("BMP3", identify[2]);
        Assert.Equal(24, info.BitsPerPixel);
        Assert.Equal(new FileInfo(path).Length, header.FileSize);
        Assert.Equal(54u, header.PixelOffset);
        Assert.Equal(Bitmap.RowStride(info) * height, (long)info.ImageSize);
        Assert.Equal(0, Bitmap.RowStride(info) % 4);

        Assert.Equal(ImageMagickPixels(path), SamplePixels(file));
    }

    [Fact]
    public void A_pixel_written_through_a_read_write_mapping_is_what_ImageMagick_then_reads()
    {
        var path = MakeBitmap(5, 3, 9);
        var before = ImageMagickPixels(path);

        using (var file = MappedFile.Open(path, MapAccess.ReadWrite))
        {
            var pixel = Bitmap.Row(file, 1)[2];
            pixel.Red = 0x12;
            pixel.Green = 0x34;
            pixel.Blue = 0x56;
            file.Flush();
        }

        var after = ImageMagickPixels(path);
        Assert.Equal("2,1: #123456", after[(1 * 5) + 2]);
        Assert.Equal(before.Where((_, i) => i != 7), after.Where((_, i) => i != 7));
    }

    [Fact]
    public void A_palette_bitmap_is_refused_with_the_file_name_and_its_pixel_format()
    {
        var path = _scratch.File("palette.bmp");
        Tool.Output("convert", "-size", "4x4", "xc:gray", "-type", "palette", "BMP3:" + path);

        using var file = MappedFile.Open(path);
        var error = Assert.Throws<InvalidDataException>(() => Bitmap.InfoHeader(file));
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        var bitsPerPixel = System.Buffers.Binary.BinaryPrimitives.ReadUInt16LittleEndian(File.ReadAllBytes(path).AsSpan(28));
        Assert.NotEqual(24, bitsPerPixel);
        Assert.Contains($"{bitsPerPixel} bits a pixel", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_bitmap_is_refused_with_the_byte_counts()
    {
        var path = MakeBitmap(5, 3, 1);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..^10]);

        using var file = MappedFile.Open(path);
        var error = Assert.Throws<InvalidDataException>(() => Bitmap.InfoHeader(file));
        Assert.Contains($"needs {bytes.Length} bytes", error.Message, StringComparison.Ordinal);
        Assert.Contains($"has {bytes.Length - 10}", error.Message, StringComparison.Ordinal);
    }

    private string MakeBitmap(int width, int height, int seed)
    {
        var path = _scratch.File($"image-{width}x{height}-{seed}.bmp");
        Tool.Output("convert", "-seed", seed.ToString(CultureInfo.InvariantCulture), "-size", $"{width}x{height}", "plasma:fractal", "-type", "truecolor", "BMP3:" + path);
        return path;
    }

    // "x,y: #RRGGBB" for every pixel, as ImageMagick enumerates them (rows from the top).
    private static List<string> ImageMagickPixels(string path) =>
        [.. Tool.Output("convert", path, "-depth", "8", "txt:-")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(line => !line.StartsWith('#'))
            .Select(line =>
            {
                var coordinates = line[..line.IndexOf(':', StringComparison.Ordinal)];
                var hex = line.Substring(line.IndexOf('#', StringComparison.Ordinal), 7);
                return $"{coordinates}: {hex}";
            })];

    private static List<string> SamplePixels(MappedFile file)
    {
        var info = Bitmap.InfoHeader(file);
        var pixels = new List<string>();
        for (var y = 0; y < info.Height; y++)
        {
            var row = Bitmap.Row(file, y);
            Assert.Equal(info.Width, row.Count);
            for (var x = 0; x < row.Count; x++)
            {
                var pixel = row[x];
                pixels.Add(string.Create(CultureInfo.InvariantCulture, $"{x},{y}: #{pixel.Red:X2}{pixel.Green:X2}{pixel.Blue:X2}"));
            }
        }

        return pixels;
    }
}
