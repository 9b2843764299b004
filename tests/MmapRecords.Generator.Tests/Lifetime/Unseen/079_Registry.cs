// expect: MMR100
using System.Collections.Generic;
using MmapRecords;
using Demo;

namespace Plugins;

public static class Registry
{
    private static readonly List<Header> s_headers = new();

    public static void Remember(Header header)
    {
        if (header.Count > 0)
        {
            s_headers.Add(header);
        }
    }

    public static int Count => s_headers.Count;
}

public static class PluginLoader
{
    public static void Load(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            using var file = MappedFile.Open(path);
            Registry.Remember(file.Read<Header>(0)); // BUG: Remember stores the header in a static list
        }
    }
}
