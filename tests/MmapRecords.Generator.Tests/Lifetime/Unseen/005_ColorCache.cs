// expect: MMR100
using System.Collections.Generic;
using MmapRecords;
using Demo;

namespace Rendering;

public sealed class ColorCache
{
    private readonly Dictionary<int, Color> _byIndex = new();

    public void Warm(string palettePath)
    {
        using (var palette = MappedFile.Open(palettePath))
        {
            var colors = palette.View<Color>();
            for (int i = 0; i < colors.Count; i++)
            {
                _byIndex[i] = colors[i]; // BUG: the cache outlives the palette mapping
            }
        }
    }

    public ushort RedOf(int index) => _byIndex[index].Red;
}
