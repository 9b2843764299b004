// expect: none
using MmapRecords;
using Demo;

namespace Cli;

public enum Which { First, Last, Middle }

public static class PickCommand
{
    public static Vertex Pick(string path, Which which)
    {
        using var file = MappedFile.Open(path);
        var view = file.View<Vertex>(16);
        var chosen = which switch
        {
            Which.First => view[0],
            Which.Last => view[view.Count - 1],
            _ => view[view.Count / 2],
        };
        return chosen.Detach();
    }

    public static string Describe(string path, Which which)
    {
        using var file = MappedFile.Open(path);
        var view = file.View<Vertex>(16);
        return which switch
        {
            Which.First => view[0].ToString(),
            Which.Last => view[view.Count - 1].ToString(),
            _ => $"{view[view.Count / 2].Position.X}",
        };
    }
}
