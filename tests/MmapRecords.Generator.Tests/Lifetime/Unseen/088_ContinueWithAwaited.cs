// expect: none
using System;
using System.Linq;
using System.Threading.Tasks;
using MmapRecords;
using Demo;

namespace Services;

public sealed class Indexer
{
    public async Task<int> BuildAsync(string path)
    {
        using var file = MappedFile.Open(path);
        var view = file.View<Vertex>();
        var counting = Task.Run(() => view.Count(v => v.Color.Blue > 0));
        var blue = await counting.ContinueWith(t =>
        {
            Console.WriteLine($"{t.Result} blue of {view.Count}");
            return t.Result;
        });
        return blue;
    }
}
