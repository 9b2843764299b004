// expect: MMR100
using System.Collections.Generic;
using System.Linq;
using MmapRecords;
using Demo;

namespace Queries;

public static class BrightQuery
{
    public static IEnumerable<float> BrightXs(string path, ushort threshold)
    {
        using var file = MappedFile.Open(path);
        return file.View<Vertex>() // BUG: lazy query over the view, enumerated after the file is disposed
            .Where(v => v.Color.Red + v.Color.Green + v.Color.Blue > threshold)
            .Select(v => v.Position.X);
    }
}
