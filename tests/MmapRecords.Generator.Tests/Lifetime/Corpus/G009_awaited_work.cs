// expect: none
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using MmapRecords;
using Demo;

namespace Corpus;

public static class Uploader
{
    public static async Task UploadAsync(string path, Func<string, Task> send)
    {
        using var file = MappedFile.Open(path);
        var view = file.View<Vertex>();
        await Task.Run(async () =>
        {
            foreach (var v in view) await send(v.ToString());
        });
    }
}
