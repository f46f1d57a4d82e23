// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Xml.Linq;
using PdnUpscale.Tests.Shared;

namespace PdnUpscale.Installer.Tests;

/// <summary>
/// Runs <c>installer/build</c> once for all installer tests, into a temporary folder, and unpacks the setup with
/// 7z the way a reviewer would inspect it, and the portable zip into another folder. installer/build makes the CPU
/// edition: the plugin with the CPU ONNX Runtime, compiled against the Paint.NET facades, which must not ship.
/// </summary>
public sealed class InstallerBuild : IDisposable
{
    /// <summary>The edition suffix installer/build gives its artifacts.</summary>
    public const string Edition = "cpu";

    /// <summary>Initializes a new instance of the <see cref="InstallerBuild"/> class by building the installer.</summary>
    public InstallerBuild()
    {
        this.RepoRoot = RepositoryRoot.Find();
        this.Version = XDocument.Load(Path.Combine(this.RepoRoot, "Directory.Build.props")).Descendants("Version").First().Value;
        this.OutputFolder = Directory.CreateTempSubdirectory("pdnupscale-installer-").FullName;
        this.BuildLog = ExternalTool.Run("bash", this.RepoRoot, "installer/build", "--quick", "--out", this.OutputFolder);
        string baseName = $"PdnUpscale-{this.Version}-{Edition}";
        this.SetupPath = Path.Combine(this.OutputFolder, baseName + "-setup.exe");
        this.ZipPath = Path.Combine(this.OutputFolder, baseName + ".zip");
        this.SetupFolder = Path.Combine(this.OutputFolder, "unpacked-setup");
        ExternalTool.Run("7z", this.OutputFolder, "x", "-y", "-o" + this.SetupFolder, this.SetupPath);
        this.ZipFolder = Path.Combine(this.OutputFolder, "unpacked-zip");
        System.IO.Compression.ZipFile.ExtractToDirectory(this.ZipPath, this.ZipFolder);
        this.SetupListing = ExternalTool.Run("7z", this.OutputFolder, "l", "-slt", this.SetupPath)
            .Split('\n')
            .SkipWhile(line => !line.StartsWith("----------", StringComparison.Ordinal))
            .Where(line => line.StartsWith("Path = ", StringComparison.Ordinal))
            .Select(line => line["Path = ".Length..].Trim())
            .ToArray();
    }

    /// <summary>Gets the repository root.</summary>
    public string RepoRoot { get; }

    /// <summary>Gets the version in Directory.Build.props.</summary>
    public string Version { get; }

    /// <summary>Gets the folder installer/build wrote to.</summary>
    public string OutputFolder { get; }

    /// <summary>Gets what installer/build printed.</summary>
    public string BuildLog { get; }

    /// <summary>Gets the path of the setup.</summary>
    public string SetupPath { get; }

    /// <summary>Gets the path of the portable zip.</summary>
    public string ZipPath { get; }

    /// <summary>Gets the folder the setup was unpacked to; the plugin is under Effects/PdnUpscale.</summary>
    public string SetupFolder { get; }

    /// <summary>Gets the folder the portable zip was extracted to.</summary>
    public string ZipFolder { get; }

    /// <summary>Gets the paths 7z lists in the setup, relative to the Paint.NET folder ($INSTDIR).</summary>
    public IReadOnlyList<string> SetupListing { get; }

    /// <summary>Gets the unpacked plugin folder, what setup puts in Effects\PdnUpscale.</summary>
    public string PluginFolder => Path.Combine(this.SetupFolder, "Effects", "PdnUpscale");

    /// <summary>Gets the models committed to git: the defaults every install carries.</summary>
    /// <returns>Repository-relative paths such as <c>models/realesr-general-x4v3.onnx</c>.</returns>
    public string[] CommittedModels() =>
        ExternalTool.Run("git", this.RepoRoot, "ls-files", "models/*.onnx").Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <inheritdoc/>
    public void Dispose() => Directory.Delete(this.OutputFolder, recursive: true);
}

/// <summary>The tests sharing one <see cref="InstallerBuild"/>.</summary>
[CollectionDefinition(Name)]
public sealed class InstallerBuildCollection : ICollectionFixture<InstallerBuild>
{
    /// <summary>The collection name.</summary>
    public const string Name = "installer build";
}
