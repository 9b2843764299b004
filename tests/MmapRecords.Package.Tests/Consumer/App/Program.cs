using System.Buffers.Binary;
using System.Diagnostics;
using System.Globalization;
using Consumer;
using MmapRecords;

// Writes a small file with plain BinaryPrimitives (a 20-byte big-endian header, then three 18-byte vertices
// every 20 bytes), maps it with the packaged library and prints what the records read, one fact a line.
var path = args[0];
var bytes = new byte[20 + (3 * 20)];
BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(0), 0x4D4D5246);
BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(4), 7);
bytes[8] = 1;
BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(10), 3);
BinaryPrimitives.WriteInt64BigEndian(bytes.AsSpan(12), -2);
float[][] positions = [[1f, 2f, 3f], [7.5f, -8.25f, 9f], [0.1f, 0.2f, 0.3f]];
ushort[][] colors = [[4, 5, 6], [100, 200, 300], [65535, 0, 32768]];
for (var i = 0; i < 3; i++)
{
    var record = bytes.AsSpan(20 + (i * 20), 20);
    for (var axis = 0; axis < 3; axis++)
    {
        BinaryPrimitives.WriteSingleLittleEndian(record[(axis * 4)..], positions[i][axis]);
        BinaryPrimitives.WriteUInt16LittleEndian(record[(12 + (axis * 2))..], colors[i][axis]);
    }
}

File.WriteAllBytes(path, bytes);

Vertex detached;
using (var file = MappedFile.Open(path, MapAccess.ReadWrite))
{
    Print($"header: {file.Read<Header>(0)}");
    var vertices = file.View<Vertex>(20);
    Print($"count: {vertices.Count}");
    foreach (var vertex in vertices)
    {
        Print($"vertex: {vertex}");
    }

    var color = vertices[1].Color;
    color.Blue = 999;
    file.Flush();
    detached = vertices[2].Detach();
}

Print($"written: {BinaryPrimitives.ReadUInt16LittleEndian(File.ReadAllBytes(path).AsSpan(20 + 20 + 16))}");
Print($"detached: {detached}");

var display = (DebuggerDisplayAttribute?)Attribute.GetCustomAttribute(typeof(Vertex), typeof(DebuggerDisplayAttribute));
Print($"debugger display: {display?.Value}");

// Deliberately wrong, to show checked mode: in a Debug build a record read after its file is disposed throws.
#pragma warning disable MMR100, MMR101
Vertex stale;
using (var file = MappedFile.Open(path))
{
    stale = file.View<Vertex>(20)[0];
}

try
{
    Print($"stale read: {stale.Position.X}");
}
catch (ObjectDisposedException)
{
    Print($"stale read: {nameof(ObjectDisposedException)}");
}
#pragma warning restore MMR100, MMR101

static void Print(FormattableString line) => Console.WriteLine(line.ToString(CultureInfo.InvariantCulture));
