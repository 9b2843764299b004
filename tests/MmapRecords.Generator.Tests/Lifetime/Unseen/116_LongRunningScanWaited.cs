// expect: none
using System;
using System.Threading.Tasks;
using MmapRecords;
using Demo;

namespace Workers;

public sealed class Indexer
{
    public event Action<long>? Progress;

    public void Start(string path)
    {
        using var file = MappedFile.Open(path);
        var view = file.View<Vertex>();
        var scan = Task.Factory.StartNew(() =>
        {
            for (long i = 0; i < view.Count; i++)
            {
                if (view[i].Color.Red > 0) Progress?.Invoke(i);
            }
        }, TaskCreationOptions.LongRunning);
        scan.Wait();
    }
}
