// expect: none
using System.Collections.Generic;
using MmapRecords;
using Demo;

namespace Rendering;

public sealed class ColorCache
{
    private readonly Dictionary<int, Color> _byIndex = new();
    private readonly Dictionary<int, (ushort R, ushort G, ushort B)> _rgb = new();

    public void Warm(string palettePath)
    {
        using (var palette = MappedFile.Open(palettePath))
        {
            var colors = palette.View<Color>();
            for (int i = 0; i < colors.Count; i++)
            {
                var c = colors[i];
                _byIndex[i] = c.Detach();
                _rgb[i] = (c.Red, c.Green, c.Blue);
            }
        }
    }

    public ushort RedOf(int index) => _byIndex[index].Red;
}
