// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Installer.Tests;

/// <summary>What the setup built by installer/build installs, read back with 7z.</summary>
[Trait("Category", "Slow")]
[Collection(InstallerBuildCollection.Name)]
public sealed class SetupPayloadTests(InstallerBuild build)
{
    [Fact]
    public void ArtifactsCarryTheVersionAndSayTheyAreTheLinuxFacadeBuild()
    {
        Assert.True(File.Exists(build.SetupPath), $"no {build.SetupPath}");
        Assert.True(File.Exists(build.ZipPath), $"no {build.ZipPath}");
        Assert.Contains("facades", build.BuildLog, StringComparison.Ordinal);
        Assert.Contains("CPU ONNX Runtime", build.BuildLog, StringComparison.Ordinal);
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
