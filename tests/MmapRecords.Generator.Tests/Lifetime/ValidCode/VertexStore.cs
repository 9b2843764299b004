using System;
using System.Collections.Generic;
using System.Linq;
using MmapRecords;

namespace ValidCode;

/// <summary>An owner type: it keeps the file open for its own lifetime and hands out records while it lives.</summary>
public sealed class VertexStore : IDisposable
{
    private readonly MappedFile _file;
    private readonly RecordView<Vertex> _vertices;
    private readonly Header _header;

    public VertexStore(string path)
    {
        var file = MappedFile.Open(path);
        try
        {
            _header = file.Read<Header>(0);
            if (_header.Magic != 0x5645_5254)
            {
                throw new InvalidOperationException($"'{path}' is not a vertex file (magic {_header.Magic:x8}).");
            }

            _vertices = file.View<Vertex>(16, _header.Count);
            _file = file;
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    public long Count => _vertices.Count;

    public Vertex this[long index] => _vertices[index];

    public RecordView<Vertex> Vertices => _vertices;

    public Vertex? Find(Func<Vertex, bool> predicate)
    {
        foreach (var vertex in _vertices)
        {
            if (predicate(vertex))
            {
                return vertex;
            }
        }

        return null;
    }

    public IEnumerable<Vertex> Red() => _vertices.Where(v => v.Color.Red > v.Color.Green);

    public List<Vertex> Snapshot() => _vertices.Select(v => v.Detach()).ToList();

    public void Dispose() => _file.Dispose();
}

/// <summary>Factories that hand the file to the caller: the caller owns and disposes it.</summary>
public static class VertexFiles
{
    public static MappedFile OpenChecked(string path)
    {
        var file = MappedFile.Open(path);
        try
        {
            if (file.Length < 16)
            {
                throw new InvalidOperationException($"'{path}' has no header.");
            }

            return file;
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    public static RecordView<Vertex> Table(MappedFile file) => file.View<Vertex>(16, file.Read<Header>(0).Count);

    public static RecordView<Vertex> Page(RecordView<Vertex> view, int page, int size)
    {
        var start = Math.Min((long)page * size, view.Count);
        return view.Slice(start, Math.Min(size, view.Count - start));
    }

    public static Vertex Brightest(RecordView<Vertex> view)
    {
        var best = view[0];
        foreach (var vertex in view)
        {
            if (vertex.Color.Red + vertex.Color.Green + vertex.Color.Blue > best.Color.Red + best.Color.Green + best.Color.Blue)
            {
                best = vertex;
            }
        }

        return best;
    }
}
