using System;
using System.Globalization;
using System.Linq;
using MmapRecords;
using TiffDirectory;

// Lists the image file directories of a TIFF file, little- or big-endian, as tiffdump would.
if (args.Length == 0)
{
    Console.Error.WriteLine("usage: dotnet run --project samples/TiffDirectory -- FILE.tif   (make one with: convert -size 4x3 gradient: -define tiff:endian=msb demo.tif)");
    return 2;
}

using var file = MappedFile.Open(args[0]);
var order = Tiff.Order(file);
Console.WriteLine($"{args[0]}: {(order == ByteOrder.BigEndian ? "big-endian (MM)" : "little-endian (II)")}");
var index = 0;
foreach (var directory in Tiff.Directories(file))
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Directory {index++}: {directory.Count} entries at byte {directory.ByteOffset - 2}"));
    foreach (var entry in directory)
    {
        var value = entry.Type switch
        {
            FieldType.Short or FieldType.Long => string.Join(' ', Tiff.Numbers(file, entry, order)),
            FieldType.Ascii => $"\"{Tiff.Text(file, entry)}\"",
            _ => string.Create(CultureInfo.InvariantCulture, $"({entry.Count} values at byte {entry.ValueOrOffset})"),
        };
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {entry.Tag,5} {Tiff.Name(entry.Tag),-26} {entry.Type,-8} {entry.Count,4} = {value}"));
    }
}

return 0;
