// expect: MMR100
using MmapRecords;
using Demo;

namespace Editor;

public sealed class Selection
{
    private Vertex _anchor;
    private bool _has;

    public void SetAnchor(Vertex anchor)
    {
        _anchor = anchor;
        _has = true;
    }

    public float AnchorX => _has ? _anchor.Position.X : 0;
}

public sealed class SelectTool(Selection selection)
{
    public void Click(string path, long index)
    {
        using var file = MappedFile.Open(path);
        var hit = file.View<Vertex>()[index];
        selection.SetAnchor(hit); // BUG: the selection object keeps the vertex in a field
    }
}
