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

public static class Palette
{
    public static Color[] Load(string path)
    {
        using var file = MappedFile.Open(path);
        var view = file.View<Color>();
        var colors = new Color[view.Count];
        for (var i = 0; i < colors.Length; i++) colors[i] = view[i].Detach();
        return colors;
    }
}
