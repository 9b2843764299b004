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

public static class AsyncLoader
{
    public static async Task<Vertex> LoadAsync(string path, CancellationToken token)
    {
        using var file = MappedFile.Open(path);
        await Task.Delay(1, token);
        return file.View<Vertex>()[0].Detach();
    }
}
