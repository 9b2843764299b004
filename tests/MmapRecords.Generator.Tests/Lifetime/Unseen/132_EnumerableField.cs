// expect: MMR100
using System.Collections.Generic;
using System.Linq;
using MmapRecords;
using Demo;

namespace Scene;

public sealed class SceneLayer
{
    private IEnumerable<Vertex> _vertices = Enumerable.Empty<Vertex>();

    public void Load(string path)
    {
        using var file = MappedFile.Open(path);
        _vertices = file.View<Vertex>(16); // BUG: the view, typed as IEnumerable, is kept in a field
    }

    public int Count => _vertices.Count();
}
