// expect: MMR100
using System;
using System.Threading.Tasks;
using MmapRecords;
using Demo;

namespace Services;

public sealed class ImportJob
{
    public void Import(string path)
    {
        using var file = MappedFile.Open(path);
        var vertices = file.View<Vertex>();
        _ = Task.Run(() => Console.WriteLine($"imported {vertices.Count}, first {vertices[0]}")); // BUG: nobody waits for the task
        foreach (var v in vertices)
        {
            Store(v.Position.X, v.Position.Y, v.Position.Z);
        }
    }

    private static void Store(float x, float y, float z) { }
}
