// expect: MMR100
using MmapRecords;
using Demo;

namespace Editor;

public sealed class RecentVertices
{
    private readonly Vertex[] _ring = new Vertex[8];
    private int _next;

    public void Touch(string path, long index)
    {
        using var file = MappedFile.Open(path);
        var v = file.View<Vertex>()[index];
        _ring[_next++ % _ring.Length] = v; // BUG: the ring buffer field keeps a mapped vertex
    }

    public float LastX => _ring[(_next + _ring.Length - 1) % _ring.Length].Position.X;
}
