// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json;

namespace PdnUpscale.Installer.Tests;

/// <summary>
/// Paint.NET loads a multi-DLL plugin in its own load context through the plugin's .deps.json. These tests resolve
/// the installed plugin's dependencies with <see cref="AssemblyDependencyResolver"/>, the .NET type built on the
/// same host resolution, to show that every assembly the .deps.json names is in the installed folder.
/// </summary>
[Trait("Category", "Slow")]
[Collection(InstallerBuildCollection.Name)]
public sealed class DepsJsonTests(InstallerBuild build)
{
    [Fact]
    public void EveryManagedAssemblyInTheDepsJsonResolvesInsideThePluginFolder()
    {
        var resolver = new AssemblyDependencyResolver(Path.Combine(build.PluginFolder, "PdnUpscale.PaintDotNet.dll"));
        string[] assemblies = this.Assets("runtime").Select(Path.GetFileNameWithoutExtension).ToArray()!;
        Assert.Contains("PdnUpscale.Core", assemblies);
        Assert.Contains("Microsoft.ML.OnnxRuntime", assemblies);
        foreach (string assembly in assemblies)
        {
            string? path = resolver.ResolveAssemblyToPath(new AssemblyName(assembly));
            Assert.True(path is not null && File.Exists(path), $"{assembly} does not resolve from the installed .deps.json");
            Assert.Equal(build.PluginFolder, Path.GetDirectoryName(path));
        }
    }

    [Fact]
    public void EveryNativeLibraryInTheDepsJsonIsInstalledNextToThePlugin()
    {
        // The plugin loads onnxruntime.dll (and DirectML.dll on Windows) by full path from its own folder.
        string[] libraries = this.Assets("native").Where(asset => asset.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)).ToArray();
        Assert.Contains(libraries, library => Path.GetFileName(library) == "onnxruntime.dll");
        foreach (string library in libraries)
        {
            Assert.True(File.Exists(Path.Combine(build.PluginFolder, Path.GetFileName(library))), $"{library} is not installed");
        }
    }

    private IEnumerable<string> Assets(string kind)
    {
        using JsonDocument deps = JsonDocument.Parse(File.ReadAllText(Path.Combine(build.PluginFolder, "PdnUpscale.PaintDotNet.deps.json")));
        var assets = new List<string>();
        foreach (JsonProperty target in deps.RootElement.GetProperty("targets").EnumerateObject())
        {
            foreach (JsonProperty library in target.Value.EnumerateObject())
            {
                if (library.Value.TryGetProperty(kind, out JsonElement files))
                {
                    assets.AddRange(files.EnumerateObject().Select(file => file.Name));
                }
            }
        }

        return assets.Distinct();
    }
}
