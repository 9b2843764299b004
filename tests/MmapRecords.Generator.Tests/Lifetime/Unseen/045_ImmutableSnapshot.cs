// expect: MMR100
using System.Collections.Immutable;
using System.Linq;
using MmapRecords;
using Demo;

namespace Snapshots;

public sealed class PaletteSnapshot
{
    public ImmutableArray<Color> Colors { get; }

    private PaletteSnapshot(ImmutableArray<Color> colors) => Colors = colors;

    public static PaletteSnapshot Take(string path)
    {
        using var file = MappedFile.Open(path);
        var colors = file.View<Color>().ToImmutableArray();
        return new PaletteSnapshot(colors); // BUG: the snapshot holds colors of the disposed mapping
    }
}
