// expect: none
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using MmapRecords;
using Demo;

namespace Streaming;

public readonly record struct Point(float X, float Y, float Z);

public static class VertexFeed
{
    public static async IAsyncEnumerable<Point> ReadAsync(string path, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken token = default)
    {
        using var file = MappedFile.Open(path);
        var view = file.View<Vertex>();
        for (long i = 0; i < view.Count; i++)
        {
            if (i % 1024 == 0)
            {
                await Task.Yield();
                token.ThrowIfCancellationRequested();
            }

            var p = view[i].Position;
            yield return new Point(p.X, p.Y, p.Z);
        }
    }
}
