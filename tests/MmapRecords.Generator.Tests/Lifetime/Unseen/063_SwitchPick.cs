// expect: MMR100
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
        return which switch // BUG: every arm returns a vertex of the file disposed on return
        {
            Which.First => view[0],
            Which.Last => view[view.Count - 1],
            _ => view[view.Count / 2],
        };
    }
}
