// expect: none
using System.Collections.Generic;
using MmapRecords;
using Demo;

namespace Plugins;

public static class Registry
{
    private static readonly List<long> s_counts = new();

    public static bool IsValid(Header header) => header.Magic != 0 && header.Count >= 0;

    public static void Remember(Header header)
    {
        if (IsValid(header))
        {
            s_counts.Add(header.Count);
        }
    }

    public static int Count => s_counts.Count;
}

public static class PluginLoader
{
    public static void Load(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            using var file = MappedFile.Open(path);
            Registry.Remember(file.Read<Header>(0));
        }
    }
}
