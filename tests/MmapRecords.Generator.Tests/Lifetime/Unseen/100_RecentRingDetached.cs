// expect: none
using MmapRecords;
using Demo;

namespace Editor;

public sealed class RecentVertices
{
    private readonly Vertex[] _ring = new Vertex[8];
    private readonly long[] _indexes = new long[8];
    private int _next;

    public void Touch(string path, long index)
    {
        using var file = MappedFile.Open(path);
        var v = file.View<Vertex>()[index];
        var slot = _next++ % _ring.Length;
        _ring[slot] = v.Detach();
        _indexes[slot] = index;
    }

    public float LastX => _ring[(_next + _ring.Length - 1) % _ring.Length].Position.X;
}
