using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using MmapRecords;

namespace TiffDirectory;

/// <summary>Reads the image file directories of a TIFF file in the byte order its first two bytes name.</summary>
public static class Tiff
{
    /// <summary>The file's byte order: <c>II</c> little-endian, <c>MM</c> big-endian.</summary>
    /// <exception cref="InvalidDataException">The file does not start with a TIFF header.</exception>
    public static ByteOrder Order(MappedFile file)
    {
        var mark = file.Length >= 8 ? file.Bytes(0, 2) : default;
        var order = mark.SequenceEqual("II"u8) ? ByteOrder.LittleEndian
            : mark.SequenceEqual("MM"u8) ? ByteOrder.BigEndian
            : throw new InvalidDataException($"'{file.Path}' is not a TIFF file: it does not start with II or MM.");
        if (file.Read<TiffHeader>(0, order).Magic != 42)
        {
            throw new InvalidDataException($"'{file.Path}' is not a TIFF file: its magic number is not 42.");
        }

        return order;
    }

    /// <summary>Every image file directory of the file, in order: each a view of its entries.</summary>
    /// <exception cref="InvalidDataException">A directory lies outside the file, or the chain of directories loops.</exception>
    public static List<RecordView<DirectoryEntry>> Directories(MappedFile file)
    {
        var order = Order(file);
        var directories = new List<RecordView<DirectoryEntry>>();
        var seen = new HashSet<long>();
        long offset = file.Read<TiffHeader>(0, order).FirstDirectoryOffset;
        while (offset != 0)
        {
            if (!seen.Add(offset) || offset + 2 > file.Length)
            {
                throw new InvalidDataException($"'{file.Path}' has a directory at byte {offset}, outside the file or seen before.");
            }

            var count = file.Read<EntryCount>(offset, order).Value;
            if (offset + 2 + (count * 12L) + 4 > file.Length)
            {
                throw new InvalidDataException($"'{file.Path}' has a directory of {count} entries at byte {offset} that runs past the end of the file.");
            }

            var entries = file.View<DirectoryEntry>(offset + 2, count, order);
            directories.Add(entries);

            // The next directory's offset follows the last entry: the view says where that is.
            offset = file.Read<LongValue>(entries.ByteOffset + entries.ByteLength, order).Value;
        }

        return directories;
    }

    /// <summary>The entry with <paramref name="tag"/>, or <see langword="null"/>.</summary>
    public static DirectoryEntry? Find(RecordView<DirectoryEntry> directory, ushort tag)
    {
        foreach (var entry in directory)
        {
            if (entry.Tag == tag)
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>The values of a SHORT or LONG entry: inline when they fit in 4 bytes, else at the offset it gives.</summary>
    public static uint[] Numbers(MappedFile file, DirectoryEntry entry, ByteOrder order)
    {
        var count = (int)entry.Count;
        return (entry.Type, count) switch
        {
            (FieldType.Short, 1) => [entry.ShortValue],
            (FieldType.Short, 2) => [entry.ShortValue, SecondShort(entry.ValueBytes, order)],
            (FieldType.Long, 1) => [entry.ValueOrOffset],
            (FieldType.Short, _) => file.View<ShortValue>(entry.ValueOrOffset, count, order).Select(s => (uint)s.Value).ToArray(),
            (FieldType.Long, _) => file.View<LongValue>(entry.ValueOrOffset, count, order).Select(l => l.Value).ToArray(),
            _ => throw new InvalidDataException($"Tag {entry.Tag} of '{file.Path}' has type {entry.Type}, not SHORT or LONG."),
        };
    }

    /// <summary>An ASCII entry's text, without its terminating NUL.</summary>
    public static string Text(MappedFile file, DirectoryEntry entry)
    {
        var bytes = entry.Count <= 4 ? entry.ValueBytes[..(int)entry.Count] : file.Bytes(entry.ValueOrOffset, (int)entry.Count);
        return Encoding.ASCII.GetString(bytes).TrimEnd('\0');
    }

    /// <summary>The bytes of every strip of the first image, in order (uncompressed images: the pixels).</summary>
    public static byte[] StripBytes(MappedFile file, RecordView<DirectoryEntry> directory, ByteOrder order)
    {
        var offsets = Numbers(file, Find(directory, 273) ?? throw new InvalidDataException("No StripOffsets."), order);
        var counts = Numbers(file, Find(directory, 279) ?? throw new InvalidDataException("No StripByteCounts."), order);
        var pixels = new List<byte>();
        for (var i = 0; i < offsets.Length; i++)
        {
            pixels.AddRange(file.Bytes(offsets[i], checked((int)counts[i])).ToArray());
        }

        return [.. pixels];
    }

    /// <summary>The names of the baseline tags this sample prints.</summary>
    public static string Name(ushort tag) => tag switch
    {
        254 => "NewSubfileType",
        256 => "ImageWidth",
        257 => "ImageLength",
        258 => "BitsPerSample",
        259 => "Compression",
        262 => "PhotometricInterpretation",
        266 => "FillOrder",
        273 => "StripOffsets",
        274 => "Orientation",
        277 => "SamplesPerPixel",
        278 => "RowsPerStrip",
        279 => "StripByteCounts",
        282 => "XResolution",
        283 => "YResolution",
        284 => "PlanarConfiguration",
        296 => "ResolutionUnit",
        297 => "PageNumber",
        305 => "Software",
        306 => "DateTime",
        318 => "WhitePoint",
        319 => "PrimaryChromaticities",
        _ => $"Tag{tag}",
    };

    // Two SHORTs fit in the 4 value bytes: the second is bytes 2 and 3.
    private static ushort SecondShort(ReadOnlySpan<byte> valueBytes, ByteOrder order) =>
        order == ByteOrder.BigEndian
            ? System.Buffers.Binary.BinaryPrimitives.ReadUInt16BigEndian(valueBytes[2..])
            : System.Buffers.Binary.BinaryPrimitives.ReadUInt16LittleEndian(valueBytes[2..]);
}
