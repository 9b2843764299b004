// expect: MMR100
using MmapRecords;
using Demo;

namespace Palette;

public readonly record struct Tagged(string Name, Color Color);

public static class Swatches
{
    public static Tagged Background(string path)
    {
        using var file = MappedFile.Open(path);
        var colors = file.View<Color>();
        var tagged = new Tagged("background", colors[0]);
        return tagged; // BUG: the record struct wraps a color of the disposed palette
    }
}
