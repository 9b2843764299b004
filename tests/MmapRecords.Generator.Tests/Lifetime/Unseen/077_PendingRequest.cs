// expect: MMR100
using System.Threading.Tasks;
using MmapRecords;
using Demo;

namespace Services;

public sealed class HeaderRequest
{
    private readonly TaskCompletionSource<Header> _done = new();

    public Task<Header> Completion => _done.Task;

    public void Fulfil(string path)
    {
        using var file = MappedFile.Open(path);
        _done.SetResult(file.Read<Header>(0)); // BUG: the awaiting code gets the header after the dispose
    }
}
