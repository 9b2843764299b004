using System;
using MmapRecords;

namespace TarListing;

/// <summary>
/// The 512-byte header block in front of every member of a POSIX ustar (and GNU) tar archive. Every field is
/// fixed-length text: names are NUL-terminated (or fill their field), numbers are octal digits ended by a NUL
/// or a space.
/// </summary>
[Record(Size = 512)]
public readonly partial struct TarHeader
{
    /// <summary>The member's name (the last part of it, when <see cref="Prefix"/> holds the rest).</summary>
    [Field(0, Length = 100)] public partial string Name { get; }

    /// <summary>The permission bits, in octal.</summary>
    [Field(100, Length = 8, Encoding = TextEncoding.Ascii)] public partial string Mode { get; }

    /// <summary>The owner's user id, in octal.</summary>
    [Field(108, Length = 8, Encoding = TextEncoding.Ascii)] public partial string UserId { get; }

    /// <summary>The group id, in octal.</summary>
    [Field(116, Length = 8, Encoding = TextEncoding.Ascii)] public partial string GroupId { get; }

    /// <summary>The size of the member's data in bytes, in octal.</summary>
    [Field(124, Length = 12, Encoding = TextEncoding.Ascii)] public partial string Size { get; }

    /// <summary>The modification time in seconds since 1970, in octal.</summary>
    [Field(136, Length = 12, Encoding = TextEncoding.Ascii)] public partial string ModifiedTime { get; }

    /// <summary>The header's checksum, in octal: the sum of its bytes, counting this field as 8 spaces.</summary>
    [Field(148, Length = 8, Encoding = TextEncoding.Ascii)] public partial string Checksum { get; }

    /// <summary>The member's type: '0' (or NUL) a file, '2' a symbolic link, '5' a directory, and so on.</summary>
    [Field(156)] public partial byte TypeFlag { get; }

    /// <summary>The target of a link.</summary>
    [Field(157, Length = 100)] public partial string LinkName { get; }

    /// <summary>"ustar" (POSIX: followed by NUL and "00"; GNU: by two spaces and a NUL).</summary>
    [Field(257, Length = 6, Encoding = TextEncoding.Ascii)] public partial string Magic { get; }

    /// <summary>The owner's user name.</summary>
    [Field(265, Length = 32)] public partial string UserName { get; }

    /// <summary>The group name.</summary>
    [Field(297, Length = 32)] public partial string GroupName { get; }

    /// <summary>POSIX ustar: the first part of a long name, joined to <see cref="Name"/> with a '/'.</summary>
    [Field(345, Length = 155)] public partial string Prefix { get; }
}

/// <summary>A 512-byte block of an archive as plain bytes: the same bytes as a <see cref="TarHeader"/>, for its checksum.</summary>
[Record(Size = 512)]
public readonly partial struct TarBlock
{
    /// <summary>The block's bytes, straight out of the mapping.</summary>
    [Field(0, Length = 512)] public partial ReadOnlySpan<byte> Bytes { get; }
}
