// expect: none
using System.Collections.Concurrent;
using MmapRecords;
using Demo;

namespace Caching;

public sealed class HeaderCache
{
    private readonly ConcurrentDictionary<string, long> _counts = new();
    private readonly ConcurrentDictionary<string, Header> _headers = new();

    public long CountOf(string path)
    {
        return _counts.GetOrAdd(path, p =>
        {
            using var file = MappedFile.Open(p);
            _headers.TryAdd(p, file.Read<Header>(0).Detach());
            return file.Read<Header>(0).Count;
        });
    }
}
