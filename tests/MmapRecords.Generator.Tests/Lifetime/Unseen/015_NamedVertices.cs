// expect: MMR100
using System.Collections.Generic;
using MmapRecords;
using Demo;

namespace Scene;

public static class NamedVertices
{
    public static List<KeyValuePair<string, Vertex>> Load(string path, IReadOnlyList<string> names)
    {
        var result = new List<KeyValuePair<string, Vertex>>();
        using var file = MappedFile.Open(path);
        var view = file.View<Vertex>();
        for (int i = 0; i < names.Count && i < view.Count; i++)
        {
            result.Add(new KeyValuePair<string, Vertex>(names[i], view[i]));
        }

        return result; // BUG: the pairs hold vertices of the disposed mapping
    }
}
