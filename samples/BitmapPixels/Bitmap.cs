using System;
using System.IO;
using MmapRecords;

namespace BitmapPixels;

/// <summary>
/// Reads an uncompressed 24-bit .bmp file through a mapping: its two headers are records at fixed offsets,
/// and each row of pixels is a view of <see cref="Bgr"/> records. Rows are padded to a multiple of 4 bytes,
/// so a row's width in bytes is not a whole number of pixels: one view per row, each at its own offset.
/// </summary>
public static class Bitmap
{
    /// <summary>"BM" read as a little-endian 16-bit number.</summary>
    public const ushort Signature = 0x4D42;

    /// <summary>The file header of a mapped bitmap, checked.</summary>
    /// <param name="file">A mapped .bmp file.</param>
    /// <returns>The file header.</returns>
    /// <exception cref="InvalidDataException">The file is not a bitmap this sample reads.</exception>
    public static BitmapFileHeader FileHeader(MappedFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Length < 14 + 40)
        {
            throw new InvalidDataException($"'{file.Path}' has {file.Length} bytes; a bitmap's headers alone take 54.");
        }

        var header = file.Read<BitmapFileHeader>(0);
        if (header.Signature != Signature)
        {
            throw new InvalidDataException($"'{file.Path}' does not start with \"BM\" (0x{header.Signature:X4}).");
        }

        return header;
    }

    /// <summary>The info header of a mapped bitmap, checked: 24 bits a pixel, uncompressed, rows inside the file.</summary>
    /// <param name="file">A mapped .bmp file.</param>
    /// <returns>The info header.</returns>
    /// <exception cref="InvalidDataException">The file is not a bitmap this sample reads.</exception>
    public static BitmapInfoHeader InfoHeader(MappedFile file)
    {
        var header = FileHeader(file);
        var info = file.Read<BitmapInfoHeader>(14);
        if (info.HeaderSize < 40 || info.BitsPerPixel != 24 || info.Compression != BitmapCompression.None || info.Width <= 0 || info.Height == 0 || info.Height == int.MinValue)
        {
            throw new InvalidDataException(
                $"'{file.Path}' is a {info.Width}x{info.Height} bitmap of {info.BitsPerPixel} bits a pixel, compression {info.Compression}, header of {info.HeaderSize} bytes: this sample reads uncompressed 24-bit bitmaps only.");
        }

        var end = header.PixelOffset + (RowStride(info) * Math.Abs((long)info.Height));
        if (end > file.Length)
        {
            throw new InvalidDataException($"'{file.Path}' needs {end} bytes for its pixel rows but has {file.Length}.");
        }

        return info;
    }

    /// <summary>The number of bytes a row of pixels takes in the file: the pixels, padded to a multiple of 4.</summary>
    /// <param name="info">The info header.</param>
    /// <returns>The row's length in bytes.</returns>
    public static long RowStride(BitmapInfoHeader info) => (((long)info.Width * info.BitsPerPixel) + 31) / 32 * 4;

    /// <summary>Row <paramref name="y"/> of the image, counted from the top, as a view of its pixels.</summary>
    /// <param name="file">A mapped .bmp file.</param>
    /// <param name="y">The row, 0 at the top.</param>
    /// <returns>The row's pixels, left to right.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="y"/> is not a row of the image.</exception>
    public static RecordView<Bgr> Row(MappedFile file, int y)
    {
        var header = FileHeader(file);
        var info = InfoHeader(file);
        var height = Math.Abs(info.Height);
        ArgumentOutOfRangeException.ThrowIfNegative(y);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(y, height);

        // Bottom-up (positive height) is the usual order: the first row in the file is the bottom one.
        var stored = info.Height > 0 ? height - 1 - y : y;
        return file.View<Bgr>(header.PixelOffset + (stored * RowStride(info)), info.Width);
    }
}
