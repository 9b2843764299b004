// expect: MMR100
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using MmapRecords;
using Demo;

namespace Streaming;

public static class VertexFeed
{
    public static async IAsyncEnumerable<Vertex> ReadAsync(string path, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken token = default)
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

            yield return view[i]; // BUG: consumers may keep the vertex after the stream ends and disposes the file
        }
    }
}
