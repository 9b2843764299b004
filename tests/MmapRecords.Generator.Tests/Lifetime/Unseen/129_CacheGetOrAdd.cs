// expect: MMR100
using System.Collections.Concurrent;
using MmapRecords;
using Demo;

namespace Caching;

public sealed class HeaderCache
{
    private readonly ConcurrentDictionary<string, Header> _headers = new();

    public long CountOf(string path)
    {
        using var file = MappedFile.Open(path);
        var header = _headers.GetOrAdd(path, _ => file.Read<Header>(0)); // BUG: the cached header belongs to a file disposed on return
        return header.Count;
    }
}
