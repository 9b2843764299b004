// expect: MMR100
using System.Threading.Tasks;
using MmapRecords;
using Demo;

namespace Palette;

public sealed class PaletteReader
{
    public async ValueTask<Color> AccentAsync(string path, int slot)
    {
        using var file = MappedFile.Open(path);
        await Task.Delay(1);
        var colors = file.View<Color>();
        return slot < colors.Count ? colors[slot] : colors[0]; // BUG: the ValueTask's result is a color of the disposed palette
    }
}
