// expect: none
using System.Collections.Generic;
using MmapRecords;
using Demo;

namespace Scene;

public static class NamedVertices
{
    public static List<KeyValuePair<string, float>> Heights(string path, IReadOnlyList<string> names)
    {
        var result = new List<KeyValuePair<string, float>>();
        using var file = MappedFile.Open(path);
        var view = file.View<Vertex>();
        for (int i = 0; i < names.Count && i < view.Count; i++)
        {
            result.Add(new KeyValuePair<string, float>(names[i], view[i].Position.Y));
        }

        return result;
    }

    public static Dictionary<string, Vertex> Copies(string path, IReadOnlyList<string> names)
    {
        var result = new Dictionary<string, Vertex>();
        using var file = MappedFile.Open(path);
        var view = file.View<Vertex>();
        for (int i = 0; i < names.Count && i < view.Count; i++)
        {
            result[names[i]] = view[i].Detach();
        }

        return result;
    }
}
