using System;
using System.Globalization;
using MmapRecords;
using SqliteHeader;

// Prints an SQLite database's 100-byte header in the words of the sqlite3 shell's `.dbinfo`.
if (args.Length == 0)
{
    Console.Error.WriteLine("usage: dotnet run --project samples/SqliteHeader -- FILE.db   (make one with: sqlite3 demo.db 'create table t(x)')");
    return 2;
}

using var file = MappedFile.Open(args[0]);
var header = SqliteDatabase.Header(file);
Print("database page size", SqliteDatabase.PageSize(header));
Print("write format", header.WriteVersion);
Print("read format", header.ReadVersion);
Print("reserved bytes", header.ReservedBytes);
Print("file change counter", header.FileChangeCounter);
Print("database page count", header.PageCount);
Print("freelist page count", header.FreelistPageCount);
Print("schema cookie", header.SchemaCookie);
Print("schema format", header.SchemaFormat);
Print("default cache size", header.DefaultCacheSize);
Print("autovacuum top root", header.AutoVacuumTopRoot);
Print("incremental vacuum", header.IncrementalVacuum);
Print("text encoding", header.TextEncoding);
Print("user version", header.UserVersion);
Print("application id", header.ApplicationId);
Print("software version", header.SqliteVersion);
return 0;

static void Print<T>(string name, T value) =>
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name + ":",-21}{value}"));
