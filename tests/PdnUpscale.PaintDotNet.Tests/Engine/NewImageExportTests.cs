// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Codecs;
using PdnUpscale.Core.Imaging;
using PdnUpscale.PaintDotNet.Engine;

namespace PdnUpscale.PaintDotNet.Tests.Engine;

/// <summary>The new-image workflow's PNG copy: written whole under a fresh name, never over or through an existing file.</summary>
public sealed class NewImageExportTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("pdnupscale-export-").FullName;

    [Fact]
    public void SavesThePixels_AndLeavesNothingElse()
    {
        using Bgra32Image image = TestData.Picture(20, 14);

        string saved = NewImageExport.SavePng(image, new ImageMetadata { HasAlpha = true }, this.folder, "result");

        using DecodedImage read = new SkiaImageDecoder().Decode(saved);
        Assert.True(TestData.SamePixels(image, read.Image));
        Assert.Equal([saved], Directory.GetFiles(this.folder));
    }

    [Fact]
    public void AnExistingFileOrLinkOfThatName_IsLeftAsItIs()
    {
        string precious = Path.Combine(this.folder, "precious.txt");
        File.WriteAllText(precious, "precious");
        File.CreateSymbolicLink(Path.Combine(this.folder, "result.png"), precious);
        using Bgra32Image image = TestData.Picture(20, 14);

        NewImageExport.SavePng(image, new ImageMetadata { HasAlpha = true }, this.folder, "result");

        Assert.Equal("precious", File.ReadAllText(precious));
        Assert.Equal(2, Directory.GetFiles(this.folder).Length);
    }

    /// <inheritdoc/>
    public void Dispose() => Directory.Delete(this.folder, recursive: true);
}
