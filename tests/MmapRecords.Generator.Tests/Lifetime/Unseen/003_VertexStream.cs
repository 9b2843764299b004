// expect: MMR100
using System.Collections.Generic;
using MmapRecords;
using Demo;

namespace Pipeline;

public sealed class VertexStream
{
    private readonly string _path;

    public VertexStream(string path) => _path = path;

    public IEnumerable<Vertex> Red()
    {
        using var file = MappedFile.Open(_path);
        foreach (var v in file.View<Vertex>())
        {
            if (v.Color.Red > v.Color.Green && v.Color.Red > v.Color.Blue)
            {
                yield return v; // BUG: the caller may keep the vertex after the iterator disposes the file
            }
        }
    }
}
