// expect: MMR100
using System;
using System.Linq;
using System.Threading.Tasks;
using MmapRecords;
using Demo;

namespace Upload;

public sealed class Uploader
{
    public void UploadAll(string path, Func<string, Task> send)
    {
        using var file = MappedFile.Open(path);
        var vertices = file.View<Vertex>().Take(100).ToList();
        vertices.ForEach(async v => await send(v.ToString())); // BUG: async void lambdas run on after the using has disposed the file
    }
}
