using System.Buffers.Binary;
using System.IO;

namespace MmapRecords.Tests;

public sealed class SeedTests
{
    [Fact]
    public void Vertices_written_with_BinaryPrimitives_read_back_through_nested_records()
    {
        using var temp = new TempDirectory();
        var path = temp.File("colors.bin");
        var data = new byte[2 * 20];
        for (var i = 0; i < 2; i++)
        {
            var record = data.AsSpan(i * 20);
            BinaryPrimitives.WriteSingleLittleEndian(record, 1.5f + i);
            BinaryPrimitives.WriteSingleLittleEndian(record[4..], 2f - (4f * i));
            BinaryPrimitives.WriteSingleLittleEndian(record[8..], 1e30f);
            BinaryPrimitives.WriteUInt16LittleEndian(record[12..], (ushort)(100 + i));
            BinaryPrimitives.WriteUInt16LittleEndian(record[14..], 65535);
            BinaryPrimitives.WriteUInt16LittleEndian(record[16..], (ushort)(7 * i));
        }

        File.WriteAllBytes(path, data);

        using var file = MappedFile.Open(path);
        var view = file.View<Vertex>();
        Assert.Equal(2, view.Count);
        Assert.Equal(2.5f, view[1].Position.X);
        Assert.Equal(-2f, view[1].Position.Y);
        Assert.Equal(1e30f, view[1].Position.Z);
        Assert.Equal(101, view[1].Color.Red);
        Assert.Equal(65535, view[1].Color.Green);
        Assert.Equal(7, view[1].Color.Blue);
        Assert.Equal("Vertex { Position = Vector { X = 1.5, Y = 2, Z = 1E+30 }, Color = Color { Red = 100, Green = 65535, Blue = 0 } }", view[0].ToString());
    }
}
