// expect: none
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using MmapRecords;
using Demo;

namespace Corpus;

public static class Classify
{
    public static string Kind(string path)
    {
        using var file = MappedFile.Open(path);
        return file.Read<Vertex>(0) switch
        {
            { Color.Red: > 200 } => "red",
            { Position.Y: < 0 } => "below",
            var v when v.Color.Blue > v.Color.Green => "blue",
            _ => "other",
        };
    }
}
