// expect: none
using System.Collections.Generic;
using MmapRecords;
using Demo;

namespace Pipeline;

public sealed class RedChannel(string path)
{
    public IEnumerable<ushort> Values()
    {
        using var file = MappedFile.Open(path);
        foreach (var v in file.View<Vertex>())
        {
            yield return v.Color.Red;
        }
    }

    public IEnumerable<string> Describe()
    {
        using var file = MappedFile.Open(path);
        var view = file.View<Vertex>();
        for (long i = 0; i < view.Count; i++)
        {
            yield return $"{i}: {view[i]}";
        }
    }
}
