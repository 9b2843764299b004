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

public static class Sender
{
    private static async Task SendAsync(RecordView<Vertex> view)
    {
        await Task.Delay(10);
        Console.WriteLine(view.Count);
    }

    public static async Task SendAllAsync(string path)
    {
        using var file = MappedFile.Open(path);
        await SendAsync(file.View<Vertex>());
    }
}
