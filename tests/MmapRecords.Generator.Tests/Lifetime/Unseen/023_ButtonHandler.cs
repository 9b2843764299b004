// expect: MMR100
using System;
using MmapRecords;
using Demo;

namespace Ui;

public sealed class Button
{
    public event EventHandler? Clicked;
    public void Click() => Clicked?.Invoke(this, EventArgs.Empty);
}

public static class Inspector
{
    public static void Bind(Button show, string path)
    {
        using var file = MappedFile.Open(path);
        var header = file.Read<Header>(0);
        show.Clicked += (_, _) => Console.WriteLine($"{header.Count} records"); // BUG: the handler runs after the file is disposed
    }
}
