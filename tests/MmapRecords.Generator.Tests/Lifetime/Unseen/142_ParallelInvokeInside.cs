// expect: none
using System.Linq;
using System.Threading.Tasks;
using MmapRecords;
using Demo;

namespace Analysis;

public static class Channels
{
    public static (double R, double G, double B) Means(string path)
    {
        double r = 0, g = 0, b = 0;
        using (var file = MappedFile.Open(path))
        {
            var view = file.View<Vertex>();
            Parallel.Invoke(
                () => r = view.Average(v => (double)v.Color.Red),
                () => g = view.Average(v => (double)v.Color.Green),
                () => b = view.Average(v => (double)v.Color.Blue));
        }

        return (r, g, b);
    }
}
