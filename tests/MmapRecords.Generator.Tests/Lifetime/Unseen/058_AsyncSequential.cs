// expect: none
using System;
using System.Linq;
using System.Threading.Tasks;
using MmapRecords;
using Demo;

namespace Upload;

public sealed class Uploader
{
    public async Task UploadAllAsync(string path, Func<string, Task> send)
    {
        using var file = MappedFile.Open(path);
        var vertices = file.View<Vertex>().Take(100).ToList();
        foreach (var v in vertices)
        {
            await send(v.ToString());
        }

        await Task.WhenAll(vertices.Select(v => send($"{v.Position.X}")));
    }
}
