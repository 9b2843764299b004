// expect: MMR100
using MmapRecords;
using Demo;

namespace Editor;

public sealed class Cursor
{
    public Vertex Current { get; private set; }
    public long Index { get; private set; }

    public void MoveTo(string path, long index)
    {
        using (var file = MappedFile.Open(path))
        {
            Index = index;
            Current = file.View<Vertex>()[index]; // BUG: the property keeps the vertex after the using
        }
    }
}
