using MmapRecords;

namespace BitmapPixels;

/// <summary>The 14-byte BITMAPFILEHEADER at the start of every .bmp file (little-endian).</summary>
[Record(Size = 14)]
public readonly partial struct BitmapFileHeader
{
    /// <summary>The bytes "BM", read as a little-endian number: 0x4D42.</summary>
    [Field(0)] public partial ushort Signature { get; }

    /// <summary>The size of the whole file in bytes.</summary>
    [Field(2)] public partial uint FileSize { get; }

    /// <summary>Reserved; 0.</summary>
    [Field(6)] public partial ushort Reserved1 { get; }

    /// <summary>Reserved; 0.</summary>
    [Field(8)] public partial ushort Reserved2 { get; }

    /// <summary>Where the pixel rows start, counted from the start of the file.</summary>
    [Field(10)] public partial uint PixelOffset { get; }
}

/// <summary>How the pixel rows are stored.</summary>
public enum BitmapCompression
{
    /// <summary>Plain rows of pixels (BI_RGB).</summary>
    None = 0,

    /// <summary>Run-length encoded, 8 bits a pixel (BI_RLE8).</summary>
    RunLength8 = 1,

    /// <summary>Run-length encoded, 4 bits a pixel (BI_RLE4).</summary>
    RunLength4 = 2,

    /// <summary>Plain rows with color masks (BI_BITFIELDS).</summary>
    BitFields = 3,
}

/// <summary>The 40-byte BITMAPINFOHEADER that follows the file header (later versions extend it).</summary>
[Record(Size = 40)]
public readonly partial struct BitmapInfoHeader
{
    /// <summary>The size of this header: 40, or more for the V4 and V5 headers that extend it.</summary>
    [Field(0)] public partial uint HeaderSize { get; }

    /// <summary>The width in pixels.</summary>
    [Field(4)] public partial int Width { get; }

    /// <summary>The height in pixels; positive when the rows are stored bottom-up, negative when top-down.</summary>
    [Field(8)] public partial int Height { get; }

    /// <summary>Always 1.</summary>
    [Field(12)] public partial ushort Planes { get; }

    /// <summary>Bits per pixel: 1, 4, 8, 16, 24 or 32.</summary>
    [Field(14)] public partial ushort BitsPerPixel { get; }

    /// <summary>How the rows are stored.</summary>
    [Field(16)] public partial BitmapCompression Compression { get; }

    /// <summary>The size of the pixel data in bytes (may be 0 for uncompressed images).</summary>
    [Field(20)] public partial uint ImageSize { get; }

    /// <summary>Horizontal resolution in pixels per meter.</summary>
    [Field(24)] public partial int PixelsPerMeterX { get; }

    /// <summary>Vertical resolution in pixels per meter.</summary>
    [Field(28)] public partial int PixelsPerMeterY { get; }

    /// <summary>The number of palette colors (0: all of them).</summary>
    [Field(32)] public partial uint ColorsUsed { get; }

    /// <summary>The number of important colors (0: all).</summary>
    [Field(36)] public partial uint ColorsImportant { get; }
}

/// <summary>One 24-bit pixel: blue, green and red bytes, in that order. Writable through a read-write mapping.</summary>
[Record(Size = 3)]
public readonly partial struct Bgr
{
    /// <summary>The blue channel.</summary>
    [Field(0)] public partial byte Blue { get; set; }

    /// <summary>The green channel.</summary>
    [Field(1)] public partial byte Green { get; set; }

    /// <summary>The red channel.</summary>
    [Field(2)] public partial byte Red { get; set; }
}
