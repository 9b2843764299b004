namespace MmapRecords.Generator.Tests;

public sealed class GoldenTests
{
    private const string Seed = SeedRecords.Source;


    [Theory]
    [InlineData("Demo.Vector.g.cs")]
    [InlineData("Demo.Color.g.cs")]
    [InlineData("Demo.Vertex.g.cs")]
    public void Seed_records_generate_the_golden_source_and_compile_cleanly(string hintName)
    {
        var (_, diagnostics, run) = GeneratorHarness.Generate(Seed);

        var relevant = GeneratorHarness.Relevant(diagnostics);
        Assert.True(relevant.IsEmpty, GeneratorHarness.Format(relevant));
        Golden.Verify(GeneratorHarness.GeneratedSource(run, hintName), hintName);
    }
}
