using System.IO;

namespace MmapRecords.Tests;

/// <summary>The guards the hot paths keep: the indexer's range check and the enumerator's disposed check.</summary>
public sealed class HotPathTests
{
    private static string ThreeVertices(TempDirectory temp)
    {
        var path = temp.File("three.bin");
        File.WriteAllBytes(path, new byte[(3 * 20) - 2]); // the last record needs 18 bytes, not 20
        return path;
    }

    [Theory]
    [InlineData(-1L)]
    [InlineData(3L)]
    [InlineData(long.MaxValue)]
    public void Indexer_outside_the_view_throws_naming_index_count_type_and_file(long index)
    {
        using var temp = new TempDirectory();
        var path = ThreeVertices(temp);
        using var file = MappedFile.Open(path);
        var view = file.View<Vertex>();

        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => view[index]);

        Assert.Equal("index", exception.ParamName);
        Assert.Contains($"Index {index} is outside a view of 3 Vertex records of '{Path.GetFullPath(path)}'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Indexer_reads_the_last_record()
    {
        using var temp = new TempDirectory();
        var path = ThreeVertices(temp);
        using var file = MappedFile.Open(path);

        Assert.Equal(0, file.View<Vertex>()[2].Color.Blue);
    }

    [Fact]
    public void Enumerating_after_the_file_is_disposed_inside_the_loop_throws()
    {
        using var temp = new TempDirectory();
        var path = ThreeVertices(temp);
        var file = MappedFile.Open(path);
        var seen = 0;

        Assert.Throws<ObjectDisposedException>(() =>
        {
            foreach (var vertex in file.View<Vertex>())
            {
                seen++;
                file.Dispose();
            }
        });
        Assert.Equal(1, seen);
    }
}
