// expect: MMR100
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using MmapRecords;
using Demo;

namespace Corpus;

public sealed class Renderer
{
    private Action? _draw;

    public void Prepare(string path)
    {
        using var file = MappedFile.Open(path);
        var vertices = file.View<Vertex>();
        _draw = () => { foreach (var v in vertices) Console.WriteLine(v.Position); };
    }

    public void Draw() => _draw?.Invoke();
}
