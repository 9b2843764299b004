// expect: none
using System.Threading.Tasks;
using MmapRecords;
using Demo;

namespace Services;

public sealed class HeaderRequest
{
    private readonly TaskCompletionSource<Header> _done = new();
    private readonly TaskCompletionSource<long> _count = new();

    public Task<Header> Completion => _done.Task;

    public void Fulfil(string path)
    {
        using var file = MappedFile.Open(path);
        var header = file.Read<Header>(0);
        _count.SetResult(header.Count);
        _done.SetResult(header.Detach());
    }
}
