using System;
using MmapRecords;
using TarListing;

// Lists a tar archive the way `TZ=UTC tar -tvf FILE` does, reading its 512-byte header blocks as records.
if (args.Length == 0)
{
    Console.Error.WriteLine("usage: dotnet run --project samples/TarListing -- FILE.tar   (make one with: tar -cf demo.tar samples)");
    return 2;
}

using var file = MappedFile.Open(args[0]);
foreach (var entry in TarArchive.Entries(file))
{
    Console.WriteLine(entry.ToListing());
}

return 0;
