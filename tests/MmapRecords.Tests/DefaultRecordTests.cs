using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace MmapRecords.Tests;

/// <summary>
/// A default record (<c>default(Vertex)</c>, what <c>FirstOrDefault</c> returns when nothing matches) points at no
/// bytes. Like any .NET value it formats, compares and hashes without throwing; only reading a field throws.
/// </summary>
public sealed class DefaultRecordTests
{
    [Fact]
    public void ToString_is_a_fixed_text_naming_the_record()
    {
        Assert.Equal("Vertex { default }", default(Vertex).ToString());
        Assert.Equal("Vector { default }", default(Vector).ToString());
    }

    [Fact]
    public void Two_defaults_are_equal_and_hash_to_zero()
    {
        Vertex a = default;
        Vertex b = default;
        Assert.True(a.Equals(b));
        Assert.True(a == b);
        Assert.False(a != b);
        Assert.True(a.Equals((object)b));
        Assert.Equal(0, a.GetHashCode());
        Assert.Single(new HashSet<Vertex> { a, b });
    }

    [Fact]
    public void A_default_never_equals_a_record_of_a_file_even_one_of_zero_bytes()
    {
        using var temp = new TempDirectory();
        var path = temp.File("zeros.bin");
        File.WriteAllBytes(path, new byte[20]);
        using var file = MappedFile.Open(path);
        var zeros = file.View<Vertex>()[0];

        // Every field of the mapped record reads 0, as a default record's would if it had bytes.
        Assert.Equal("Vertex { Position = Vector { X = 0, Y = 0, Z = 0 }, Color = Color { Red = 0, Green = 0, Blue = 0 } }", zeros.ToString());
        Assert.False(zeros.Equals(default));
        Assert.False(default(Vertex).Equals(zeros));
        Assert.True(zeros != default);
        Assert.False(zeros.Detach().Equals(default));
    }

    [Fact]
    public void FirstOrDefault_without_a_match_gives_a_default_that_can_be_tested()
    {
        using var temp = new TempDirectory();
        var path = temp.File("one.bin");
        File.WriteAllBytes(path, new byte[18]);
        using var file = MappedFile.Open(path);

        var none = file.View<Vertex>().FirstOrDefault(v => v.Color.Red == 7);
        Assert.Equal(default, none);
        Assert.Equal("Vertex { default }", none.ToString());
    }

    [Fact]
    public void Reading_a_field_of_a_default_record_still_throws()
    {
#if DEBUG
        var error = Assert.Throws<InvalidOperationException>(() => default(Vertex).Color);
        Assert.Contains("Vertex", error.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => default(Vector).X);
#else
        Assert.Throws<NullReferenceException>(() => default(Vector).X);
#endif
    }
}
