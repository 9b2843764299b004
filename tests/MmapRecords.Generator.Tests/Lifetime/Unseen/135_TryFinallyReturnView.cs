// expect: MMR100
using MmapRecords;
using Demo;

namespace Loading;

public static class Tables
{
    public static RecordView<Vertex> Body(string path)
    {
        var file = MappedFile.Open(path);
        try
        {
            var header = file.Read<Header>(0);
            return file.View<Vertex>(16, header.Count); // BUG: the finally disposes the file the returned view reads
        }
        finally
        {
            file.Dispose();
        }
    }
}
