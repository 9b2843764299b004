// expect: MMR100
using System.IO;
using MmapRecords;
using Demo;

namespace Lookup;

public static class VertexFile
{
    public static bool TryGetFirst(string path, out Vertex first)
    {
        first = default;
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

        first = view[0]; // BUG: the out parameter outlives the file
        return true;
    }
}
