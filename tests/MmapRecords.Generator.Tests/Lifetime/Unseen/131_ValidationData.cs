// expect: MMR100
using System;
using System.IO;
using MmapRecords;
using Demo;

namespace Validation;

public static class HeaderCheck
{
    public static void Ensure(string path)
    {
        using var file = MappedFile.Open(path);
        var header = file.Read<Header>(0);
        if (header.Count < 0)
        {
            var error = new InvalidDataException($"{path}: negative count");
            error.Data["header"] = header; // BUG: the exception's Data carries the header past the dispose
            throw error;
        }
    }
}
