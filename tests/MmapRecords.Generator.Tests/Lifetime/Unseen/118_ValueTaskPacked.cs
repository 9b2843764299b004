// expect: none
using System.Threading.Tasks;
using MmapRecords;
using Demo;

namespace Palette;

public sealed class PaletteReader
{
    public async ValueTask<(ushort R, ushort G, ushort B)> AccentAsync(string path, int slot)
    {
        using var file = MappedFile.Open(path);
        await Task.Delay(1);
        var colors = file.View<Color>();
        var c = slot < colors.Count ? colors[slot] : colors[0];
        return (c.Red, c.Green, c.Blue);
    }

    public async ValueTask<Color> AccentCopyAsync(string path, int slot)
    {
        using var file = MappedFile.Open(path);
        await Task.Delay(1);
        var colors = file.View<Color>();
        return (slot < colors.Count ? colors[slot] : colors[0]).Detach();
    }
}
