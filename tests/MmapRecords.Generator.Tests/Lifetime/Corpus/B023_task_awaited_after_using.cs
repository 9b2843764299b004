// expect: MMR100 MMR101
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
        Task<double> mean;
        using (var file = MappedFile.Open(path))
        {
            var view = file.View<Vertex>();
            mean = Task.Run(() => view.Average(v => (double)v.Color.Green));
        }
        return await mean;
    }
}
