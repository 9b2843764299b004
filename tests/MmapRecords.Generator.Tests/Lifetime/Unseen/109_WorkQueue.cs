// expect: MMR100
using System.Collections.Generic;
using MmapRecords;
using Demo;

namespace Workers;

public sealed class WorkQueue
{
    private readonly Queue<Vertex> _pending = new();

    public void Load(string path)
    {
        using var file = MappedFile.Open(path);

        void EnqueueIfVisible(Vertex v)
        {
            if (v.Color.Red + v.Color.Green + v.Color.Blue > 0)
            {
                _pending.Enqueue(v); // BUG: the queue field keeps vertices of the file disposed when Load returns
            }
        }

        foreach (var v in file.View<Vertex>())
        {
            EnqueueIfVisible(v);
        }
    }

    public bool TryNext(out float x)
    {
        x = 0;
        if (_pending.Count == 0) return false;
        x = _pending.Dequeue().Position.X;
        return true;
    }
}
