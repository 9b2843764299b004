using System.IO.Compression;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace MmapRecords.Package.Tests;

/// <summary>What the assemblies in a package's analyzers/dotnet/cs folder report and fix, asked by loading them.</summary>
internal sealed record PackedAnalyzers(IReadOnlySet<string> ReportedIds, IReadOnlySet<string> FixedIds, IReadOnlyList<string> AnalyzerTypes)
{
    public static PackedAnalyzers Load(string packagePath, string extractTo)
    {
        Directory.CreateDirectory(extractTo);
        using (var package = ZipFile.OpenRead(packagePath))
        {
            foreach (var entry in package.Entries.Where(e => e.FullName.StartsWith("analyzers/dotnet/cs/", StringComparison.Ordinal) && e.Name.EndsWith(".dll", StringComparison.Ordinal)))
            {
                entry.ExtractToFile(Path.Combine(extractTo, entry.Name), overwrite: true);
            }
        }

        // Roslyn itself comes from this test's own references (4.14), as the compiler would provide it.
        var context = new AssemblyLoadContext("packed-analyzers", isCollectible: true);
        context.Resolving += (c, name) =>
        {
            var candidate = Path.Combine(extractTo, name.Name + ".dll");
            return File.Exists(candidate) ? c.LoadFromAssemblyPath(candidate) : null;
        };

        var reported = new HashSet<string>();
        var fixedIds = new HashSet<string>();
        var analyzerTypes = new List<string>();
        try
        {
            foreach (var file in Directory.GetFiles(extractTo, "*.dll"))
            {
                foreach (var type in LoadableTypes(context.LoadFromAssemblyPath(file)))
                {
                    if (type.IsAbstract || type.GetConstructor(Type.EmptyTypes) is null)
                    {
                        continue;
                    }

                    if (typeof(DiagnosticAnalyzer).IsAssignableFrom(type) && type.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
                    {
                        var analyzer = (DiagnosticAnalyzer)Activator.CreateInstance(type)!;
                        analyzerTypes.Add(type.FullName!);
                        reported.UnionWith(analyzer.SupportedDiagnostics.Select(d => d.Id));
                    }
                    else if (typeof(CodeFixProvider).IsAssignableFrom(type) && type.GetCustomAttribute<ExportCodeFixProviderAttribute>() is not null)
                    {
                        fixedIds.UnionWith(((CodeFixProvider)Activator.CreateInstance(type)!).FixableDiagnosticIds);
                    }
                }
            }
        }
        finally
        {
            context.Unload();
        }

        return new PackedAnalyzers(reported, fixedIds, analyzerTypes);
    }

    private static IEnumerable<Type> LoadableTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            return e.Types.OfType<Type>();
        }
    }
}
