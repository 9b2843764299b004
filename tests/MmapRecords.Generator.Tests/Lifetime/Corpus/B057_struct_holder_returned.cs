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

public struct Pair
{
    public Vertex A;
    public Vertex B;
}

public static class Pairs2
{
    public static Pair FirstTwo(string path)
    {
        using var file = MappedFile.Open(path);
        var view = file.View<Vertex>();
        var pair = new Pair();
        pair.A = view[0];
        pair.B = view[1];
        return pair;
    }
}
