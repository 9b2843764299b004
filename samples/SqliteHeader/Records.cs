using MmapRecords;

namespace SqliteHeader;

/// <summary>How an SQLite database stores text.</summary>
public enum SqliteTextEncoding
{
    /// <summary>Not set yet (an empty database).</summary>
    None = 0,

    /// <summary>UTF-8.</summary>
    Utf8 = 1,

    /// <summary>UTF-16, little-endian.</summary>
    Utf16LittleEndian = 2,

    /// <summary>UTF-16, big-endian.</summary>
    Utf16BigEndian = 3,
}

/// <summary>
/// The 100-byte header at the start of every SQLite database file, big-endian
/// (see "Database File Format", section 1.3, on the SQLite site).
/// </summary>
[Record(Size = 100, ByteOrder = ByteOrder.BigEndian)]
public readonly partial struct DatabaseHeader
{
    /// <summary>"SQLite format 3" followed by a NUL byte.</summary>
    [Field(0, Length = 16, Encoding = MmapRecords.TextEncoding.Ascii)] public partial string Magic { get; }

    /// <summary>The page size in bytes, a power of two from 512 to 32768; 1 means 65536 (see <see cref="SqliteDatabase.PageSize"/>).</summary>
    [Field(16)] public partial ushort RawPageSize { get; }

    /// <summary>File format write version: 1 legacy, 2 write-ahead log.</summary>
    [Field(18)] public partial byte WriteVersion { get; }

    /// <summary>File format read version: 1 legacy, 2 write-ahead log.</summary>
    [Field(19)] public partial byte ReadVersion { get; }

    /// <summary>Bytes reserved at the end of each page.</summary>
    [Field(20)] public partial byte ReservedBytes { get; }

    /// <summary>Maximum embedded payload fraction; must be 64.</summary>
    [Field(21)] public partial byte MaxPayloadFraction { get; }

    /// <summary>Minimum embedded payload fraction; must be 32.</summary>
    [Field(22)] public partial byte MinPayloadFraction { get; }

    /// <summary>Leaf payload fraction; must be 32.</summary>
    [Field(23)] public partial byte LeafPayloadFraction { get; }

    /// <summary>Incremented on every change to the file.</summary>
    [Field(24)] public partial uint FileChangeCounter { get; }

    /// <summary>The size of the database in pages.</summary>
    [Field(28)] public partial uint PageCount { get; }

    /// <summary>The first freelist trunk page, or 0.</summary>
    [Field(32)] public partial uint FirstFreelistTrunkPage { get; }

    /// <summary>The number of freelist pages.</summary>
    [Field(36)] public partial uint FreelistPageCount { get; }

    /// <summary>Incremented on every schema change.</summary>
    [Field(40)] public partial uint SchemaCookie { get; }

    /// <summary>The schema format number: 1 to 4.</summary>
    [Field(44)] public partial uint SchemaFormat { get; }

    /// <summary>The suggested page cache size.</summary>
    [Field(48)] public partial uint DefaultCacheSize { get; }

    /// <summary>The largest root b-tree page in auto-vacuum mode, otherwise 0.</summary>
    [Field(52)] public partial uint AutoVacuumTopRoot { get; }

    /// <summary>How text is stored.</summary>
    [Field(56)] public partial SqliteTextEncoding TextEncoding { get; }

    /// <summary>The user version, set by <c>PRAGMA user_version</c>.</summary>
    [Field(60)] public partial uint UserVersion { get; }

    /// <summary>Non-zero for incremental vacuum mode.</summary>
    [Field(64)] public partial uint IncrementalVacuum { get; }

    /// <summary>The application id, set by <c>PRAGMA application_id</c>.</summary>
    [Field(68)] public partial uint ApplicationId { get; }

    /// <summary>The change counter value for which <see cref="SqliteVersion"/> is valid.</summary>
    [Field(92)] public partial uint VersionValidFor { get; }

    /// <summary>The SQLite library version that last wrote the file, as 3XXXYYY.</summary>
    [Field(96)] public partial uint SqliteVersion { get; }
}
