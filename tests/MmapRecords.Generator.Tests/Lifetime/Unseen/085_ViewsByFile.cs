// expect: MMR100
using System.Collections.Generic;
using MmapRecords;
using Demo;

namespace Batch;

public sealed class MeshIndex
{
    private readonly Dictionary<string, RecordView<Vertex>> _meshes = new();

    public void Index(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            using (var file = MappedFile.Open(path))
            {
                var header = file.Read<Header>(0);
                _meshes[path] = file.View<Vertex>(16, header.Count); // BUG: the index keeps a view of every file it closed
            }
        }
    }

    public long Total()
    {
        long total = 0;
        foreach (var view in _meshes.Values)
        {
            total += view.Count;
        }

        return total;
    }
}
