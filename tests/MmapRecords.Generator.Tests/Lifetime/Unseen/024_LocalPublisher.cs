// expect: none
using System;
using MmapRecords;
using Demo;

namespace Ui;

public sealed class Scanner
{
    public event Action<long, float>? Found;

    public void Scan(RecordView<Vertex> view)
    {
        for (long i = 0; i < view.Count; i++)
        {
            if (view[i].Position.Z > 0)
            {
                Found?.Invoke(i, view[i].Position.Z);
            }
        }
    }
}

public static class Inspector
{
    public static string Bind(Button show, string path)
    {
        string summary;
        using (var file = MappedFile.Open(path))
        {
            var header = file.Read<Header>(0);
            var scanner = new Scanner();
            int hits = 0;
            scanner.Found += (_, _) => hits++;
            scanner.Scan(file.View<Vertex>(16));
            summary = $"{hits} of {header.Count} above";
        }

        show.Clicked += (_, _) => Console.WriteLine(summary);
        return summary;
    }
}

public sealed class Button
{
    public event EventHandler? Clicked;
    public void Click() => Clicked?.Invoke(this, EventArgs.Empty);
}
