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

public static class Background
{
    public static async Task<double> MeanAsync(string path)
    {
        using var file = MappedFile.Open(path);
        var view = file.View<Vertex>();
        var mean = Task.Run(() => view.Average(v => (double)v.Color.Green));
        var max = Task.Run(() => view.Max(v => v.Color.Green));
        await Task.WhenAll(mean, max);
        return mean.Result / max.Result;
    }
}
