using System;
using System.IO;
using MmapRecords;

namespace SqliteHeader;

/// <summary>Reads and checks the header of a mapped SQLite database.</summary>
public static class SqliteDatabase
{
    /// <summary>What every SQLite 3 database starts with (the NUL after it ends the string).</summary>
    public const string Magic = "SQLite format 3";

    /// <summary>The header of a mapped database, checked.</summary>
    /// <param name="file">A mapped SQLite database file.</param>
    /// <returns>The header.</returns>
    /// <exception cref="InvalidDataException">The file is not an SQLite 3 database.</exception>
    public static DatabaseHeader Header(MappedFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Length < 100)
        {
            throw new InvalidDataException($"'{file.Path}' has {file.Length} bytes; an SQLite header alone takes 100.");
        }

        var header = file.Read<DatabaseHeader>(0);
        if (header.Magic != Magic)
        {
            throw new InvalidDataException($"'{file.Path}' does not start with \"{Magic}\".");
        }

        return header;
    }

    /// <summary>The page size in bytes: the stored value, except that 1 stands for 65536.</summary>
    /// <param name="header">The header.</param>
    /// <returns>The page size.</returns>
    public static int PageSize(DatabaseHeader header) => header.RawPageSize == 1 ? 65536 : header.RawPageSize;
}
