// expect: none
using System;
using System.Threading.Tasks;
using MmapRecords;
using Demo;

namespace Services;

public sealed class ImportJob
{
    public async Task ImportAsync(string path)
    {
        using var file = MappedFile.Open(path);
        var vertices = file.View<Vertex>();
        await Task.Run(() => Console.WriteLine($"importing {vertices.Count}, first {vertices[0]}"));
        foreach (var v in vertices)
        {
            Store(v.Position.X, v.Position.Y, v.Position.Z);
        }

        var first = vertices[0].ToString();
        _ = Task.Run(() => Console.WriteLine($"done, first was {first}"));
    }

    private static void Store(float x, float y, float z) { }
}
