// expect: none
using System.IO;
using MmapRecords;
using Demo;

namespace Lookup;

public static class VertexFile
{
    public static bool TryGetFirst(string path, out Vertex first, out float height)
    {
        first = default;
        height = 0;
        if (!File.Exists(path))
        {
            return false;
        }

        using var file = MappedFile.Open(path);
        var view = file.View<Vertex>(16);
        if (view.Count == 0)
        {
            return false;
        }

        first = view[0].Detach();
        height = view[0].Position.Y;
        return true;
    }
}
