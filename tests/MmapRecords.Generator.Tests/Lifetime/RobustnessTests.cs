using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using MmapRecords.Generator.Analyzers;

namespace MmapRecords.Generator.Tests.Lifetime;

/// <summary>The analyzer runs on every keystroke: half-typed code must never make it throw.</summary>
public class RobustnessTests
{
    public static TheoryData<string> HalfTypedCode => new()
    {
        "public static class C { public static Vertex F(string p) { using var file = MappedFile.Open(p); return file.View<",
        "public static class C { public static void F(string p) { var file = MappedFile.Open(p); var v = file.Read<Vertex>(; file.Dispose(); Console.WriteLine(v",
        "public static class C { static List<Vertex> l = new(); public static void F(string p) { using (var f = MappedFile.Open()) { foreach (var x in f.View<Nope>()) l.Add(x) } }",
        "public static class C { static Func<int> _x; public static void F(string p) { using var f = MappedFile.Open(p); var v = f.Read<Vertex>(0); _x = () => ",
        "public static class C { public static void F(MappedFile f) { f.Dispose(; f.View<Vertex>()[0].",
        "public static class C { public static IEnumerable<Vertex> F(string p) { using var f = MappedFile.Open(p); yield return f.Read<Vertex>(0); return null; } }",
        "public static class C { public static void F(string p) { using var f = MappedFile.Open(p); var (a, b) = (f.Read<Vertex>(0), 1); f.Dispose(); f = null; a.Position.X.ToString(); goto done; } }",
        "public static class C { public static async void F(string p) { using var f = MappedFile.Open(p); await foreach (var v in f.View<Vertex>()) { } try { } finally { f.Dispose() } Task.Run(() => f.View<Vertex>()) } }",
        "public static class C { public static object F(string p) { using MappedFile f = MappedFile.Open(p), g = MappedFile.Open(p); return (f, g, f.View<Vertex>()[0]) switch { var (x, y, z) => z, }; } }",
        "public class C : IDisposable { MappedFile _f; public C(string p) => _f = MappedFile.Open(p); public Vertex this[int i] => _f.View<Vertex>()[i]; public void Dispose() { _f.Dispose(); _f.View<Vertex>(); } }",
        "public static class C { public static void F(string p) { using (MappedFile.Open(p)) { } using var f = MappedFile.Open(p); for (;;) { f.Dispose(); continue; } } }",
        "public static class C { public static void F(string p) { using var f = MappedFile.Open(p); Vertex v; v.Position = f.Read<Vertex>(0).Position; unknown.Add(v); Unknown(v) = v; } }",
    };

    [Theory]
    [MemberData(nameof(HalfTypedCode))]
    public async Task Half_typed_code_does_not_make_the_analyzer_throw(string source)
    {
        var (output, _, _) = GeneratorHarness.Generate(LifetimeVerifier.Records, LifetimeVerifier.Usings + source);
        var failures = new List<Exception>();
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), (e, _, _) => failures.Add(e), concurrentAnalysis: true, logAnalyzerExecutionTime: false);
        var diagnostics = await output.WithAnalyzers([new LifetimeAnalyzer()], options).GetAnalyzerDiagnosticsAsync();
        Assert.Empty(failures);
        Assert.DoesNotContain(diagnostics, d => d.Id.StartsWith("AD", StringComparison.Ordinal));
    }
}
