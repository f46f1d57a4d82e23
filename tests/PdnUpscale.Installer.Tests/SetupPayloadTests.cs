// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Installer.Tests;

/// <summary>What the setup built by installer/build installs, read back with 7z.</summary>
[Trait("Category", "Slow")]
[Collection(InstallerBuildCollection.Name)]
public sealed class SetupPayloadTests(InstallerBuild build)
{
    [Fact]
    public void ArtifactsCarryTheVersionAndSayTheyAreTheCpuEdition()
    {
        Assert.True(File.Exists(build.SetupPath), $"no {build.SetupPath}");
        Assert.True(File.Exists(build.ZipPath), $"no {build.ZipPath}");
        Assert.Contains("CPU edition", build.BuildLog, StringComparison.Ordinal);
        Assert.Contains("CPU ONNX Runtime", build.BuildLog, StringComparison.Ordinal);
    }

    [Fact]
    public void NeitherTheSetupNorTheZipHoldsAnyFacadeOrGpuOnlyAssembly()
    {
        // Every assembly tests/Facades builds (Paint.NET's stand-ins and the ComputeSharp emulation), and what
        // only the GPU edition has. Compared by file name anywhere in the unpacked setup and zip.
        string[] forbidden = Directory.GetFiles(Path.Combine(build.RepoRoot, "tests", "Facades"), "*.csproj", SearchOption.AllDirectories)
            .Select(project => Path.GetFileNameWithoutExtension(project) + ".dll")
            .Concat(["PdnUpscale.Gpu.dll", "ComputeSharp.dll", "ComputeSharp.Core.dll", "DirectML.dll"])
            .ToArray();
        Assert.Contains("ComputeSharp.dll", forbidden);
        Assert.Contains("PaintDotNet.Effects.Core.dll", forbidden);
        string[] shipped = Directory.GetFiles(build.SetupFolder, "*", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(build.ZipFolder, "*", SearchOption.AllDirectories))
            .Select(Path.GetFileName)
            .ToArray()!;
        Assert.Contains("PdnUpscale.PaintDotNet.dll", shipped);
        Assert.Empty(shipped.Intersect(forbidden, StringComparer.OrdinalIgnoreCase));
    }

    [Fact]
    public void ThePluginIsTheCpuEditionWithoutADirectMLMessage()
    {
        // The edition's name and the GPU edition's "DirectML.dll is missing" message are string literals of the
        // plugin assembly (UTF-16 in its metadata): compiled in or not.
        byte[] plugin = File.ReadAllBytes(Path.Combine(build.PluginFolder, "PdnUpscale.PaintDotNet.dll"));
        Assert.True(plugin.AsSpan().IndexOf(System.Text.Encoding.Unicode.GetBytes("CPU edition")) >= 0, "the plugin does not call itself the CPU edition");
        Assert.True(plugin.AsSpan().IndexOf(System.Text.Encoding.Unicode.GetBytes("GPU edition")) < 0, "the plugin calls itself the GPU edition");
        Assert.True(plugin.AsSpan().IndexOf(System.Text.Encoding.Unicode.GetBytes("DirectML.dll")) < 0, "the plugin looks for DirectML.dll");
    }

    [Theory]
    [InlineData("PdnUpscale.PaintDotNet.dll")]
    [InlineData("PdnUpscale.PaintDotNet.deps.json")]
    [InlineData("PdnUpscale.Core.dll")]
    [InlineData("Microsoft.ML.OnnxRuntime.dll")]
    [InlineData("onnxruntime.dll")]
    [InlineData("models/catalog.json")]
    [InlineData("Uninstall.exe")]
    public void SetupInstallsIntoEffectsPdnUpscale(string file) =>
        Assert.Contains("Effects/PdnUpscale/" + file, build.SetupListing);

    [Fact]
    public void SetupWritesNothingOutsideEffectsPdnUpscale()
    {
        // $PLUGINSDIR is NSIS's own temporary folder, deleted when setup ends.
        string[] elsewhere = build.SetupListing
            .Where(path => !path.StartsWith("Effects/PdnUpscale/", StringComparison.Ordinal) && !path.StartsWith("$PLUGINSDIR/", StringComparison.Ordinal))
            .ToArray();
        Assert.Empty(elsewhere);
    }

    [Fact]
    public void CommittedModelsAndCatalogAreInstalledUnchanged()
    {
        string[] models = build.CommittedModels();
        Assert.NotEmpty(models);
        foreach (string model in models.Append("models/catalog.json"))
        {
            string installed = Path.Combine(build.PluginFolder, "models", Path.GetFileName(model));
            Assert.True(File.Exists(installed), $"{model} is not installed");
            Assert.Equal(File.ReadAllBytes(Path.Combine(build.RepoRoot, model)), File.ReadAllBytes(installed));
        }
    }

    [Fact]
    public void LicenseNoticesShipWithThePlugin()
    {
        string license = File.ReadAllText(Path.Combine(build.PluginFolder, "LICENSE.txt"));
        Assert.Equal(File.ReadAllText(Path.Combine(build.RepoRoot, "LICENSE")).ReplaceLineEndings(), license.ReplaceLineEndings());
        Assert.Equal(
            File.ReadAllText(Path.Combine(build.RepoRoot, "models", "NOTICE.md")),
            File.ReadAllText(Path.Combine(build.PluginFolder, "models", "NOTICE.md")));
        string onnxRuntimeNotices = Path.Combine(build.PluginFolder, "notices", "Microsoft.ML.OnnxRuntime", "ThirdPartyNotices.txt");
        Assert.Contains("THIRD PARTY SOFTWARE NOTICES", File.ReadAllText(onnxRuntimeNotices), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void NoPaintDotNetAssemblyShips()
    {
        // The facades are compile-only, and Paint.NET's own DLLs may not be redistributed.
        string[] forbidden = Directory.GetFiles(build.PluginFolder, "*.dll", SearchOption.AllDirectories)
            .Select(Path.GetFileName)
            .Where(name => name!.StartsWith("PaintDotNet.", StringComparison.OrdinalIgnoreCase) || name == "System.Windows.Forms.dll")
            .ToArray()!;
        Assert.Empty(forbidden);
    }
}
