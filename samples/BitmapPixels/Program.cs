using System;
using System.Buffers.Binary;
using System.Globalization;
using System.IO;
using BitmapPixels;
using MmapRecords;

// Prints a 24-bit .bmp file's headers and its pixels, one "x,y: #RRGGBB" line each (ImageMagick's
// `convert file.bmp txt:-` prints the same colors). Without an argument it writes a small demo bitmap first.
var path = args.Length > 0 ? args[0] : WriteDemo("demo.bmp");

using var file = MappedFile.Open(path);
var header = Bitmap.FileHeader(file);
var info = Bitmap.InfoHeader(file);
Console.WriteLine(header);
Console.WriteLine(info);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{info.Width}x{Math.Abs(info.Height)}, {Bitmap.RowStride(info)} bytes a row ({info.Width * 3} of pixels)"));

for (var y = 0; y < Math.Abs(info.Height); y++)
{
    var x = 0;
    foreach (var pixel in Bitmap.Row(file, y))
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{x},{y}: #{pixel.Red:X2}{pixel.Green:X2}{pixel.Blue:X2}"));
        x++;
    }
}

// A 3x2 bitmap written byte by byte: rows of 9 bytes of pixels padded to 12, bottom row first.
static string WriteDemo(string path)
{
    byte[][] rows = [[0, 0, 255, 0, 255, 0, 255, 0, 0], [255, 255, 255, 128, 128, 128, 0, 0, 0]];
    var bytes = new byte[54 + (rows.Length * 12)];
    bytes[0] = (byte)'B';
    bytes[1] = (byte)'M';
    BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(2), (uint)bytes.Length);
    BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(10), 54);
    BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(14), 40);
    BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(18), 3);
    BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(22), rows.Length);
    BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(26), 1);
    BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(28), 24);
    for (var i = 0; i < rows.Length; i++)
    {
        rows[i].CopyTo(bytes.AsSpan(54 + (i * 12)));
    }

    File.WriteAllBytes(path, bytes);
    return path;
}
