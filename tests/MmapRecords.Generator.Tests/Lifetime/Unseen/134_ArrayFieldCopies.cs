// expect: none
using System.Linq;
using MmapRecords;
using Demo;

namespace Scene;

public sealed class Palette
{
    private Color[] _colors = [];
    private ushort[] _reds = [];

    public void Load(string path)
    {
        using var file = MappedFile.Open(path);
        var view = file.View<Color>();
        _colors = new Color[view.Count];
        for (int i = 0; i < _colors.Length; i++)
        {
            _colors[i] = view[i].Detach();
        }

        _reds = view.Select(c => c.Red).ToArray();
    }

    public ushort Red(int i) => _colors[i].Red;
}
