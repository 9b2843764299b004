using System;
using System.Buffers.Binary;
using System.Globalization;
using System.IO;
using System.Linq;
using ColoredVertices;
using MmapRecords;

// The seed: Python's mmap + memoryview over a file of 18-byte colored vertices at a 20-byte stride,
// done with typed records that read straight out of the mapping.
//   ColoredVertices [path]          writes colors.bin (or path), maps it and prints it
//   ColoredVertices --schema        prints Vertex's layout: a pahole-style table and the numpy dtype
//   ColoredVertices --read path     maps a file written elsewhere (by numpy, say) and prints its vertices
if (args is ["--schema"])
{
    var schema = RecordSchema.Of<Vertex>();
    Console.WriteLine(schema);
    Console.WriteLine(schema.ToNumpyDtype());
    return;
}

if (args is ["--read", var existing])
{
    using var other = MappedFile.Open(existing);
    foreach (var vertex in other.View<Vertex>())
    {
        Console.WriteLine(vertex);
    }

    return;
}

var path = args.Length > 0 ? args[0] : "colors.bin";
WriteVertices(path, [
    (1f, 2f, 3f, 4, 5, 6),
    (7.5f, -8.25f, 9f, 100, 200, 300),
    (0.1f, 0.2f, 0.3f, 65535, 0, 32768),
]);

using var file = MappedFile.Open(path);
Console.WriteLine($"buffer: {file.Length} bytes");

// Like the Python original: a row of byte indexes over a row of hex pairs, 20 bytes (one stride) a line.
var bytes = File.ReadAllBytes(path);
for (var start = 0; start < bytes.Length; start += 20)
{
    var line = bytes.Skip(start).Take(20).ToArray();
    Console.WriteLine(string.Join(" ", line.Select((_, i) => (start + i).ToString("D2", CultureInfo.InvariantCulture).PadLeft(2))));
    Console.WriteLine(string.Join(" ", line.Select(b => b.ToString("x2", CultureInfo.InvariantCulture))));
}

foreach (var vertex in file.View<Vertex>())
{
    Console.WriteLine(vertex);
}

// Writes the vertices with plain BinaryPrimitives: 18 bytes of data, padded to a 20-byte stride.
static void WriteVertices(string path, (float X, float Y, float Z, ushort Red, ushort Green, ushort Blue)[] vertices)
{
    var data = new byte[vertices.Length * 20];
    for (var i = 0; i < vertices.Length; i++)
    {
        var record = data.AsSpan(i * 20, 20);
        var (x, y, z, red, green, blue) = vertices[i];
        BinaryPrimitives.WriteSingleLittleEndian(record[0..], x);
        BinaryPrimitives.WriteSingleLittleEndian(record[4..], y);
        BinaryPrimitives.WriteSingleLittleEndian(record[8..], z);
        BinaryPrimitives.WriteUInt16LittleEndian(record[12..], red);
        BinaryPrimitives.WriteUInt16LittleEndian(record[14..], green);
        BinaryPrimitives.WriteUInt16LittleEndian(record[16..], blue);
    }

    File.WriteAllBytes(path, data);
}
