namespace MmapRecords.Runtime.Child;

[Record(Size = 8)]
public readonly partial struct Pair
{
    [Field(0)] public partial int Left { get; set; }

    [Field(4)] public partial int Right { get; set; }
}

[Record(Size = 12, Stride = 16)]
public readonly partial struct Entry
{
    [Field(0)] public partial Pair Pair { get; set; }

    [Field(8)] public partial uint Id { get; set; }
}
