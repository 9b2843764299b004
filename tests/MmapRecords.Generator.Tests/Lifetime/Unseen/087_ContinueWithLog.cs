// expect: MMR100
using System;
using System.Linq;
using System.Threading.Tasks;
using MmapRecords;
using Demo;

namespace Services;

public sealed class Indexer
{
    public Task<int> BuildAsync(string path)
    {
        using var file = MappedFile.Open(path);
        var view = file.View<Vertex>();
        var counting = Task.Run(() => view.Count(v => v.Color.Blue > 0));
        counting.ContinueWith(t => Console.WriteLine($"{t.Result} blue of {view.Count}")); // BUG: the continuation is not awaited and reads the view late
        return Task.FromResult((int)counting.Result);
    }
}
