namespace MmapRecords.Tests;

/// <summary>A nested record whose order is its parent's.</summary>
[Record(Size = 8, ByteOrder = ByteOrder.Variable)]
public readonly partial struct Move
{
    [Field(0)] public partial ushort Tag { get; set; }

    [Field(2)] public partial short Delta { get; set; }

    [Field(4)] public partial float Ratio { get; set; }
}

/// <summary>A nested record that keeps its own (big-endian) order inside a Variable parent.</summary>
[Record(Size = 4, ByteOrder = ByteOrder.BigEndian)]
public readonly partial struct BigWord
{
    [Field(0)] public partial uint Value { get; set; }
}

/// <summary>Every new field type in a record whose order is chosen where it is read.</summary>
[Record(Size = 124, Stride = 132, ByteOrder = ByteOrder.Variable)]
public readonly partial struct Mixed
{
    /// <summary>A magic number, little-endian in every file: read before the order is known.</summary>
    [Field(0, ByteOrder = ByteOrder.LittleEndian)] public partial ushort Magic { get; set; }

    [Field(2)] public partial char Letter { get; set; }

    [Field(4)] public partial int Number { get; set; }

    [Field(8)] public partial long Big { get; set; }

    [Field(16)] public partial Guid Id { get; set; }

    [Field(32, ByteOrder = ByteOrder.BigEndian)] public partial Guid NetworkId { get; set; }

    [Field(48, Length = 20, Encoding = TextEncoding.Utf16)] public partial string Name { get; set; }

    [Field(68)] public partial Move First { get; }

    [Field(76)] public partial BigWord Word { get; }

    [Field(80, Length = 3)] public partial ushort[] Values { get; set; }

    [Field(86, Length = 2)] public partial RecordView<Move> Moves { get; }

    [Field(102)] public partial double Ratio { get; set; }

    [Field(110, Length = 4)] public partial ReadOnlySpan<byte> Tail { get; }

    [Field(114)] public partial Half Small { get; set; }

    [Field(116, Length = 2, ByteOrder = ByteOrder.LittleEndian)] public partial ReadOnlySpan<ushort> Fixed { get; }

    [Field(120)] public partial uint Checksum { get; set; }

    /// <summary>The bytes a checksum covers: overlaps every field above, and that is no mistake (no MMR004).</summary>
    [Field(0, Length = 120)] public partial ReadOnlySpan<byte> Covered { get; }
}

/// <summary>A record with a fixed order holding a Variable record: the nested record takes the field's order.</summary>
[Record(Size = 20, ByteOrder = ByteOrder.BigEndian)]
public readonly partial struct FixedHolder
{
    [Field(0)] public partial Move Big { get; }

    [Field(8, ByteOrder = ByteOrder.LittleEndian)] public partial Move Little { get; }

    [Field(16, Length = 2, Encoding = TextEncoding.Utf16)] public partial string Letter { get; set; }
}

/// <summary>Guid and char fields of a little-endian record, and an MBR-like table of fixed records.</summary>
[Record(Size = 16)]
public readonly partial struct PartitionEntry
{
    [Field(0)] public partial byte Status { get; set; }

    [Field(4)] public partial byte Type { get; set; }

    [Field(8)] public partial uint FirstSector { get; set; }

    [Field(12)] public partial uint Sectors { get; set; }
}

/// <summary>The last 66 bytes of an MBR: four partition entries as a zero-copy table, and the signature.</summary>
[Record(Size = 66)]
public readonly partial struct PartitionTable
{
    [Field(0, Length = 4)] public partial RecordView<PartitionEntry> Entries { get; }

    [Field(64)] public partial ushort Signature { get; }

    [Field(0, Length = 66)] public partial byte[] Raw { get; }
}
