// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PdnUpscale.Core.Tests.Architecture;

/// <summary>
/// Core's top-level folders (one namespace each) must depend on each other without cycles, and
/// docs/ARCHITECTURE.md must show the graph as it is. Dependencies are read from the sources with Roslyn's
/// semantic model: every name in code (not in comments; namespaces themselves, as in <c>using</c> lines, do not
/// count) that binds to a type or member of another folder is an edge, fully qualified names and extension
/// methods included.
/// </summary>
public sealed class CoreFolderDependencyTests
{
    private const string CoreNamespace = "PdnUpscale.Core";
    private const string GraphStart = "```mermaid";
    private const string GraphEnd = "```";
    private const string GraphHeading = "## Core's folders";

    private static readonly Lazy<SortedDictionary<string, SortedSet<string>>> Graph = new(ReadGraph);

    [Fact]
    public void Folders_DependOnEachOtherWithoutCycles()
    {
        var visiting = new List<string>();
        var done = new HashSet<string>();
        foreach (string folder in Graph.Value.Keys)
        {
            Visit(folder, visiting, done);
        }
    }

    [Fact]
    public void ArchitectureDocument_ShowsTheGraphAsItIs()
    {
        string document = File.ReadAllText(Path.Combine(RepoRoot(), "docs", "ARCHITECTURE.md"));
        int heading = document.IndexOf(GraphHeading, StringComparison.Ordinal);
        Assert.True(heading >= 0, $"docs/ARCHITECTURE.md has no '{GraphHeading}' section.");
        int start = document.IndexOf(GraphStart, heading, StringComparison.Ordinal);
        int end = document.IndexOf(GraphEnd, start + GraphStart.Length, StringComparison.Ordinal);
        string shown = document[start..(end + GraphEnd.Length)].ReplaceLineEndings("\n");

        string expected = Render(Graph.Value);
        Assert.True(expected == shown, $"docs/ARCHITECTURE.md shows another graph than the sources have; replace its block under '{GraphHeading}' with:\n{expected}");
    }

    /// <summary>Renders the graph as a Mermaid flowchart, one edge per line, folders without edges listed alone.</summary>
    internal static string Render(SortedDictionary<string, SortedSet<string>> graph)
    {
        var text = new StringBuilder(GraphStart).Append("\nflowchart BT\n");
        foreach ((string folder, SortedSet<string> uses) in graph)
        {
            if (uses.Count == 0)
            {
                text.Append("  ").Append(folder).Append('\n');
            }

            foreach (string used in uses)
            {
                text.Append("  ").Append(folder).Append(" --> ").Append(used).Append('\n');
            }
        }

        return text.Append(GraphEnd).ToString();
    }

    private static void Visit(string folder, List<string> visiting, HashSet<string> done)
    {
        if (done.Contains(folder))
        {
            return;
        }

        int index = visiting.IndexOf(folder);
        Assert.True(index < 0, $"Core's folders depend on each other in a cycle: {string.Join(" → ", visiting.Skip(index).Append(folder))}.");
        visiting.Add(folder);
        foreach (string used in Graph.Value[folder])
        {
            Visit(used, visiting, done);
        }

        visiting.RemoveAt(visiting.Count - 1);
        done.Add(folder);
    }

    private static SortedDictionary<string, SortedSet<string>> ReadGraph()
    {
        string core = Path.Combine(RepoRoot(), "src", "PdnUpscale.Core");
        var files = Directory.EnumerateFiles(core, "*.cs", SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(Path.GetRelativePath(core, f)))
            .ToList();
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), new CSharpParseOptions(LanguageVersion.Preview), f)).ToList();
        var compilation = CSharpCompilation.Create("CoreSources", trees, References(), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true));

        var graph = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (SyntaxTree tree in trees)
        {
            string folder = TopFolder(Path.GetRelativePath(core, tree.FilePath));
            SortedSet<string> uses = Edges(graph, folder);
            SemanticModel model = compilation.GetSemanticModel(tree);
            foreach (SimpleNameSyntax name in tree.GetRoot().DescendantNodes().OfType<SimpleNameSyntax>())
            {
                SymbolInfo info = model.GetSymbolInfo(name);
                if ((info.Symbol ?? info.CandidateSymbols.FirstOrDefault()) is { } symbol && FolderOf(symbol) is { } used && used != folder)
                {
                    uses.Add(used);
                    Edges(graph, used);
                }
            }
        }

        return graph;
    }

    private static SortedSet<string> Edges(SortedDictionary<string, SortedSet<string>> graph, string folder)
    {
        if (!graph.TryGetValue(folder, out SortedSet<string>? uses))
        {
            uses = new SortedSet<string>(StringComparer.Ordinal);
            graph.Add(folder, uses);
        }

        return uses;
    }

    /// <summary>Gets the Core folder a symbol is declared in (its namespace's first part below PdnUpscale.Core), or null outside Core.</summary>
    private static string? FolderOf(ISymbol symbol)
    {
        if (symbol is INamespaceSymbol or ILocalSymbol or IParameterSymbol or ITypeParameterSymbol or ILabelSymbol or IRangeVariableSymbol)
        {
            return null;
        }

        ISymbol declared = symbol is IMethodSymbol { ReducedFrom: { } extension } ? extension : symbol;
        string ns = declared.ContainingNamespace?.ToDisplayString() ?? string.Empty;
        if (!ns.StartsWith(CoreNamespace + ".", StringComparison.Ordinal))
        {
            return null;
        }

        return ns[(CoreNamespace.Length + 1)..].Split('.')[0];
    }

    private static string TopFolder(string relativePath)
    {
        string[] parts = relativePath.Split(Path.DirectorySeparatorChar);
        Assert.True(parts.Length > 1, $"{relativePath} lies at the root of Core; every file belongs in a folder.");
        return parts[0];
    }

    private static bool IsBuildOutput(string relativePath) =>
        relativePath.StartsWith("obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal) || relativePath.StartsWith("bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>The runtime and the packages Core uses, as this test process loaded them (Core itself excluded: its sources are compiled here).</summary>
    private static IEnumerable<MetadataReference> References()
    {
        string[] platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        string[] packages = Directory.GetFiles(AppContext.BaseDirectory, "*.dll").Where(p => !Path.GetFileName(p).StartsWith("PdnUpscale.", StringComparison.Ordinal)).ToArray();
        return platform.Concat(packages)
            .DistinctBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase)
            .Where(IsManaged)
            .Select(p => MetadataReference.CreateFromFile(p));
    }

    private static bool IsManaged(string path)
    {
        try
        {
            System.Reflection.AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }

    private static string RepoRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PdnUpscale.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"PdnUpscale.sln was not found above {AppContext.BaseDirectory}.");
    }
}
