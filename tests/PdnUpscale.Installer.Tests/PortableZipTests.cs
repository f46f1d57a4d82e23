// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.IO.Compression;
using System.Security.Cryptography;

namespace PdnUpscale.Installer.Tests;

/// <summary>The portable zip: the same plugin folder the setup installs, plus a short install text.</summary>
[Trait("Category", "Slow")]
[Collection(InstallerBuildCollection.Name)]
public sealed class PortableZipTests(InstallerBuild build)
{
    [Fact]
    public void ZipHoldsTheSamePluginFolderAsTheSetup()
    {
        using ZipArchive zip = ZipFile.OpenRead(build.ZipPath);
        Dictionary<string, string> zipped = zip.Entries
            .Where(entry => entry.FullName.StartsWith("PdnUpscale/", StringComparison.Ordinal) && entry.Name.Length > 0)
            .ToDictionary(entry => entry.FullName["PdnUpscale/".Length..], Hash);

        // The setup also carries its uninstaller and, when models/fetch ran, the optional large model pack.
        string[] committed = build.CommittedModels().Select(Path.GetFileName).ToArray()!;
        Dictionary<string, string> installed = Directory.GetFiles(build.PluginFolder, "*", SearchOption.AllDirectories)
            .Where(file => Path.GetFileName(file) != "Uninstall.exe")
            .Where(file => Path.GetExtension(file) != ".onnx" || committed.Contains(Path.GetFileName(file)))
            .ToDictionary(file => Path.GetRelativePath(build.PluginFolder, file).Replace('\\', '/'), Hash);

        Assert.Equal(installed.OrderBy(pair => pair.Key), zipped.OrderBy(pair => pair.Key));
    }

    [Fact]
    public void InstallTextNamesTheEffectsFolderOfEveryKindOfPaintDotNet()
    {
        using ZipArchive zip = ZipFile.OpenRead(build.ZipPath);
        ZipArchiveEntry entry = zip.GetEntry("INSTALL.txt") ?? throw new InvalidOperationException("The zip has no INSTALL.txt.");
        using var reader = new StreamReader(entry.Open());
        string text = reader.ReadToEnd();
        Assert.Contains(@"C:\Program Files\paint.net\Effects", text, StringComparison.Ordinal);
        Assert.Contains(@"Documents\paint.net App Files\Effects", text, StringComparison.Ordinal);
        Assert.Contains("paintdotnet.exe", text, StringComparison.Ordinal);
    }

    private static string Hash(ZipArchiveEntry entry)
    {
        using Stream stream = entry.Open();
        return Convert.ToHexString(SHA256.HashData(stream));
    }

    private static string Hash(string file)
    {
        using FileStream stream = File.OpenRead(file);
        return Convert.ToHexString(SHA256.HashData(stream));
    }
}
