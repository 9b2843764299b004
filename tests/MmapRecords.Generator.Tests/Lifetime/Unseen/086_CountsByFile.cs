// expect: none
using System.Collections.Generic;
using MmapRecords;
using Demo;

namespace Batch;

public sealed class MeshIndex
{
    private readonly Dictionary<string, long> _counts = new();

    public static RecordView<Vertex> Body(MappedFile file) => file.View<Vertex>(16, file.Read<Header>(0).Count);

    public static RecordView<Vertex> WithoutFirst(RecordView<Vertex> view) => view.Count == 0 ? view : view.Slice(1, view.Count - 1);

    public void Index(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            using (var file = MappedFile.Open(path))
            {
                var body = WithoutFirst(Body(file));
                _counts[path] = body.Count;
            }
        }
    }

    public long Total()
    {
        long total = 0;
        foreach (var count in _counts.Values)
        {
            total += count;
        }

        return total;
    }
}
