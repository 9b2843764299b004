// expect: MMR100
using System.Linq;
using MmapRecords;
using Demo;

namespace Scene;

public sealed class Palette
{
    private Color[] _colors = [];

    public void Load(string path)
    {
        using var file = MappedFile.Open(path);
        _colors = file.View<Color>().ToArray(); // BUG: ToArray copies the records, not their bytes: each still points into the mapping
    }

    public ushort Red(int i) => _colors[i].Red;
}
