using System.Globalization;
using MmapRecords.Testing;
using SqliteHeader;

namespace MmapRecords.Samples.Tests;

/// <summary>
/// The SQLite sample against the sqlite3 shell (its PRAGMAs report the header's fields; Debian's shell has no
/// <c>.dbinfo</c>, which needs the sqlite_dbpage table) and, for the fields no PRAGMA reports, python3's struct.
/// </summary>
public sealed class SqliteTests : IDisposable
{
    private readonly TempDirectory _scratch = new();

    public void Dispose() => _scratch.Dispose();

    public static TheoryData<string, string> Databases => new()
    {
        { "default", "CREATE TABLE t(x INTEGER, y TEXT); INSERT INTO t VALUES (1, 'a'), (2, 'b');" },
        {
            "wal-64k-utf16-incremental",
            "PRAGMA page_size = 65536; PRAGMA encoding = 'UTF-16le'; PRAGMA auto_vacuum = INCREMENTAL; PRAGMA journal_mode = WAL; " +
            "PRAGMA user_version = 42; PRAGMA application_id = 1234567; " +
            "CREATE TABLE t(x INTEGER, y TEXT); CREATE INDEX i ON t(y); INSERT INTO t SELECT value, hex(randomblob(100)) FROM generate_series(1, 2000); DELETE FROM t WHERE x > 1000;"
        },
        {
            "utf16be-8k-freelist",
            "PRAGMA page_size = 8192; PRAGMA encoding = 'UTF-16be'; PRAGMA user_version = -1; CREATE TABLE a(x); CREATE TABLE b(y); " +
            "INSERT INTO a SELECT randomblob(3000) FROM generate_series(1, 50); DROP TABLE a;"
        },
    };

    [Theory]
    [MemberData(nameof(Databases))]
    public void The_header_fields_match_what_sqlite3_and_python_read(string name, string sql)
    {
        var path = _scratch.File(name + ".db");
        Tool.Output("sqlite3", path, sql);

        var pragmas = Tool.Output(
            "sqlite3", path,
            "PRAGMA page_size; PRAGMA page_count; PRAGMA freelist_count; PRAGMA schema_version; PRAGMA user_version; " +
            "PRAGMA application_id; PRAGMA encoding; PRAGMA auto_vacuum; PRAGMA journal_mode; SELECT sqlite_version();")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var python = Tool.Output(
            "python3", "-c",
            "import struct, sys; h = open(sys.argv[1], 'rb').read(100); " +
            "print(h[:16].hex(), *h[18:24], *struct.unpack('>IIIIIIII', h[24:56]), *struct.unpack('>IIII', h[56:72]), *struct.unpack('>II', h[92:100]))",
            path).Split(' ', StringSplitOptions.TrimEntries);

        using var file = MappedFile.Open(path);
        var header = SqliteDatabase.Header(file);

        // What the sqlite3 shell reports.
        Assert.Equal(int.Parse(pragmas[0], CultureInfo.InvariantCulture), SqliteDatabase.PageSize(header));
        Assert.Equal(uint.Parse(pragmas[1], CultureInfo.InvariantCulture), header.PageCount);
        Assert.Equal(uint.Parse(pragmas[2], CultureInfo.InvariantCulture), header.FreelistPageCount);
        Assert.Equal(uint.Parse(pragmas[3], CultureInfo.InvariantCulture), header.SchemaCookie);
        Assert.Equal(int.Parse(pragmas[4], CultureInfo.InvariantCulture), unchecked((int)header.UserVersion));
        Assert.Equal(int.Parse(pragmas[5], CultureInfo.InvariantCulture), unchecked((int)header.ApplicationId));
        Assert.Equal(
            pragmas[6] switch { "UTF-8" => SqliteTextEncoding.Utf8, "UTF-16le" => SqliteTextEncoding.Utf16LittleEndian, "UTF-16be" => SqliteTextEncoding.Utf16BigEndian, var other => throw new InvalidOperationException(other) },
            header.TextEncoding);
        Assert.Equal(pragmas[7] == "2" ? 1u : 0u, header.IncrementalVacuum);
        Assert.Equal(pragmas[7] != "0", header.AutoVacuumTopRoot != 0);
        var wal = pragmas[8] == "wal" ? 2 : 1;
        Assert.Equal(wal, header.WriteVersion);
        Assert.Equal(wal, header.ReadVersion);
        var version = pragmas[9].Split('.').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal((uint)((version[0] * 1_000_000) + (version[1] * 1000) + version[2]), header.SqliteVersion);

        // What python3 reads from the same bytes with struct (big-endian), for every field.
        Assert.Equal("53514c69746520666f726d6174203300", python[0]);
        Assert.Equal(SqliteDatabase.Magic, header.Magic);
        byte[] small = [header.WriteVersion, header.ReadVersion, header.ReservedBytes, header.MaxPayloadFraction, header.MinPayloadFraction, header.LeafPayloadFraction];
        Assert.Equal(python[1..7].Select(p => byte.Parse(p, CultureInfo.InvariantCulture)), small);
        uint[] words =
        [
            header.FileChangeCounter, header.PageCount, header.FirstFreelistTrunkPage, header.FreelistPageCount, header.SchemaCookie,
            header.SchemaFormat, header.DefaultCacheSize, header.AutoVacuumTopRoot, (uint)header.TextEncoding, header.UserVersion,
            header.IncrementalVacuum, header.ApplicationId, header.VersionValidFor, header.SqliteVersion,
        ];
        Assert.Equal(python[7..].Select(p => uint.Parse(p, CultureInfo.InvariantCulture)), words);
        Assert.Equal((64, 32, 32), (header.MaxPayloadFraction, header.MinPayloadFraction, header.LeafPayloadFraction));
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_refused_with_its_name()
    {
        var path = _scratch.File("not.db");
        File.WriteAllBytes(path, [.. Enumerable.Repeat((byte)'x', 200)]);
        using var file = MappedFile.Open(path);
        var error = Assert.Throws<InvalidDataException>(() => SqliteDatabase.Header(file));
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_shorter_than_the_header_is_refused_with_the_byte_counts()
    {
        var path = _scratch.File("short.db");
        File.WriteAllBytes(path, new byte[99]);
        using var file = MappedFile.Open(path);
        var error = Assert.Throws<InvalidDataException>(() => SqliteDatabase.Header(file));
        Assert.Contains("has 99 bytes", error.Message, StringComparison.Ordinal);
    }
}
