using System.Globalization;
using MmapRecords.Testing;
using SharedCounter;

namespace MmapRecords.Samples.Tests;

/// <summary>The shared-counter sample as a user runs it: real worker processes over one file, the file's bytes then read by Python's struct.</summary>
public sealed class SharedCounterTests : IDisposable
{
    private readonly TempDirectory _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Theory]
    [InlineData(4, 50_000)]
    [InlineData(6, 20_000)]
    public void Workers_in_separate_processes_end_at_the_exact_total(int workers, int increments)
    {
        var path = _scratch.File("counter.bin");
        var sample = typeof(CounterFile).Assembly.Location;

        var result = Tool.Run("dotnet", [sample, path, workers.ToString(CultureInfo.InvariantCulture), increments.ToString(CultureInfo.InvariantCulture)], timeout: TimeSpan.FromMinutes(3)).EnsureSuccess();

        var expected = (long)workers * increments;
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"Count = {expected:N0} (expected {expected:N0}); started {workers}, finished {workers}"), result.Output, StringComparison.Ordinal);

        // The file as another program reads it: three little-endian integers.
        var python = Tool.Run("python3", ["-c", "import struct,sys; print(*struct.unpack('<qii', open(sys.argv[1], 'rb').read()))", path]).EnsureSuccess();
        Assert.Equal($"{expected} {workers} {workers}", python.Output.Trim());
    }
}
