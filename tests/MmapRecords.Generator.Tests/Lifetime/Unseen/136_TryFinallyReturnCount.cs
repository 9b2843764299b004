// expect: none
using MmapRecords;
using Demo;

namespace Loading;

public static class Tables
{
    public static RecordView<Vertex> Body(MappedFile file)
    {
        var header = file.Read<Header>(0);
        return file.View<Vertex>(16, header.Count);
    }

    public static long BodyLength(string path)
    {
        var file = MappedFile.Open(path);
        try
        {
            return Body(file).ByteLength;
        }
        finally
        {
            file.Dispose();
        }
    }
}
