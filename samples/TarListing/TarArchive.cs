using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using MmapRecords;

namespace TarListing;

/// <summary>One member of a tar archive, with its header's text fields turned into values.</summary>
/// <param name="Path">The full path: <c>prefix/name</c>.</param>
/// <param name="Type">The type flag: '0' a file, '2' a symbolic link, '5' a directory.</param>
/// <param name="Mode">The permission bits.</param>
/// <param name="UserName">The owner's name.</param>
/// <param name="GroupName">The group's name.</param>
/// <param name="Size">The data size in bytes.</param>
/// <param name="Modified">The modification time, UTC.</param>
/// <param name="LinkTarget">The target of a link, or empty.</param>
/// <param name="DataOffset">Where the member's data starts in the archive.</param>
public sealed record TarEntry(string Path, char Type, int Mode, string UserName, string GroupName, long Size, DateTimeOffset Modified, string LinkTarget, long DataOffset)
{
    /// <summary>The entry as <c>tar -tv</c> lists it (in UTC): mode string, owner/group, size, date, path.</summary>
    /// <returns>One listing line.</returns>
    public string ToListing()
    {
        var kind = Type switch { '5' => 'd', '2' => 'l', '1' => 'h', _ => '-' };
        Span<char> mode = stackalloc char[9];
        const string letters = "rwxrwxrwx";
        for (var bit = 0; bit < 9; bit++)
        {
            mode[bit] = (Mode & (1 << (8 - bit))) != 0 ? letters[bit] : '-';
        }

        var link = Type switch { '2' => " -> " + LinkTarget, '1' => " link to " + LinkTarget, _ => string.Empty };
        return string.Create(CultureInfo.InvariantCulture, $"{kind}{mode} {UserName}/{GroupName} {Size} {Modified:yyyy-MM-dd HH:mm} {Path}{link}");
    }
}

/// <summary>
/// Walks the 512-byte header blocks of a mapped tar archive. Long names are read from the ustar prefix field;
/// GNU long-name (<c>L</c>) and pax (<c>x</c>, <c>g</c>) extension headers are listed as members of their own, not applied.
/// </summary>
public static class TarArchive
{
    private const int Block = 512;

    /// <summary>The members of a mapped archive, in order, each header checked against its checksum.</summary>
    /// <param name="file">A mapped tar archive (POSIX ustar or GNU, uncompressed).</param>
    /// <returns>The members.</returns>
    /// <exception cref="InvalidDataException">A header is damaged or a member runs past the end of the file.</exception>
    public static IReadOnlyList<TarEntry> Entries(MappedFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var headers = file.View<TarHeader>();
        var blocks = file.View<TarBlock>();
        var entries = new List<TarEntry>();
        for (long index = 0; index < headers.Count;)
        {
            var header = headers[index];
            if (header.Name.Length == 0 && IsZero(blocks[index].Bytes))
            {
                break; // the end: blocks of zeros
            }

            var offset = index * Block;
            if (!header.Magic.StartsWith("ustar", StringComparison.Ordinal))
            {
                throw new InvalidDataException($"'{file.Path}': the header at byte {offset} is not a ustar header (magic \"{header.Magic}\").");
            }

            var checksum = Octal(header.Checksum, "checksum", file, offset);
            var actual = Sum(blocks[index].Bytes);
            if (checksum != actual)
            {
                throw new InvalidDataException($"'{file.Path}': the header at byte {offset} has checksum {checksum} but its bytes add up to {actual}.");
            }

            var size = Octal(header.Size, "size", file, offset);
            var dataBlocks = (size + Block - 1) / Block;
            if (dataBlocks > headers.Count - index - 1)
            {
                throw new InvalidDataException($"'{file.Path}': the member at byte {offset} has {size} bytes of data, past the end of the file ({file.Length} bytes).");
            }

            var path = header.Prefix.Length == 0 ? header.Name : header.Prefix + "/" + header.Name;
            entries.Add(new TarEntry(
                path,
                header.TypeFlag == 0 ? '0' : (char)header.TypeFlag,
                (int)Octal(header.Mode, "mode", file, offset),
                header.UserName,
                header.GroupName,
                size,
                DateTimeOffset.FromUnixTimeSeconds(Octal(header.ModifiedTime, "mtime", file, offset)),
                header.LinkName,
                offset + Block));
            index += 1 + dataBlocks;
        }

        return entries;
    }

    /// <summary>An octal text field: digits, perhaps with leading spaces, ended by a NUL (already cut) or spaces.</summary>
    private static long Octal(string text, string field, MappedFile file, long offset)
    {
        var digits = text.Trim(' ');
        long value = 0;
        foreach (var c in digits)
        {
            if (c is < '0' or > '7' || value > (long.MaxValue >> 3))
            {
                throw new InvalidDataException($"'{file.Path}': the {field} field of the header at byte {offset} is not an octal number: \"{text}\".");
            }

            value = (value << 3) + (c - '0');
        }

        return value;
    }

    private static long Sum(ReadOnlySpan<byte> header)
    {
        long sum = 8 * ' ';
        for (var i = 0; i < header.Length; i++)
        {
            sum += i is >= 148 and < 156 ? 0 : header[i];
        }

        return sum;
    }

    private static bool IsZero(ReadOnlySpan<byte> block) => !block.ContainsAnyExcept((byte)0);
}
