// expect: none
using System.Collections.Generic;
using System.Linq;
using MmapRecords;
using Demo;

namespace Picking;

public sealed record Hit(long Index, Vertex Vertex, float Distance);

public static class Picker
{
    public static IReadOnlyList<Hit> Near(string path, float x, float y, float radius)
    {
        using var file = MappedFile.Open(path);
        var view = file.View<Vertex>();
        var hits = new List<Hit>();
        for (long i = 0; i < view.Count; i++)
        {
            var v = view[i];
            var dx = v.Position.X - x;
            var dy = v.Position.Y - y;
            var d = System.MathF.Sqrt(dx * dx + dy * dy);
            if (d <= radius)
            {
                hits.Add(new Hit(i, v.Detach(), d));
            }
        }

        return hits.OrderBy(h => h.Distance).ToList();
    }
}
