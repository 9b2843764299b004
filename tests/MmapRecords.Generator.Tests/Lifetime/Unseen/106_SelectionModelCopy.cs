// expect: none
using MmapRecords;
using Demo;

namespace Editor;

public sealed class Selection
{
    private float _x;
    private bool _has;

    public void SetAnchor(Vertex anchor)
    {
        _x = anchor.Position.X;
        _has = true;
    }

    public bool IsNear(Vertex v) => _has && System.MathF.Abs(v.Position.X - _x) < 0.01f;

    public float AnchorX => _has ? _x : 0;
}

public sealed class SelectTool(Selection selection)
{
    public bool Click(string path, long index)
    {
        using var file = MappedFile.Open(path);
        var hit = file.View<Vertex>()[index];
        var near = selection.IsNear(hit);
        selection.SetAnchor(hit);
        return near;
    }
}
