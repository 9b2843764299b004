// expect: none
using System.Collections.Immutable;
using System.Linq;
using MmapRecords;
using Demo;

namespace Snapshots;

public sealed class PaletteSnapshot
{
    public ImmutableArray<Color> Colors { get; }
    public ImmutableArray<int> Packed { get; }

    private PaletteSnapshot(ImmutableArray<Color> colors, ImmutableArray<int> packed)
    {
        Colors = colors;
        Packed = packed;
    }

    public static PaletteSnapshot Take(string path)
    {
        using var file = MappedFile.Open(path);
        var colors = file.View<Color>().Select(c => c.Detach()).ToImmutableArray();
        var packed = file.View<Color>().Select(c => (c.Red >> 8) << 16 | (c.Green >> 8) << 8 | c.Blue >> 8).ToImmutableArray();
        return new PaletteSnapshot(colors, packed);
    }
}
