// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Models;
using PdnUpscale.PaintDotNet.Engine;

namespace PdnUpscale.PaintDotNet.Tests.Engine;

public class ModelChooserTests
{
    [Theory]
    [InlineData(ContentKind.Photo, ScaleMode.Times4, "realesr-general-x4v3")]
    [InlineData(ContentKind.ArtAndGraphics, ScaleMode.Times2, "waifu2x-cunet-2x")]
    [InlineData(ContentKind.TextAndScans, ScaleMode.Times2, "waifu2x-cunet-2x")]
    public void ContentPicksThePresetModelWhenInstalled(ContentKind content, ScaleMode scale, string expected)
    {
        ModelDescriptor? model = TestData.Chooser().Choose(new UpscaleSettings { Content = content, ScaleMode = scale }, out string? note);

        Assert.Equal(expected, model?.Id);
        Assert.Null(note);
    }

    [Fact]
    public void OnlyInstalledModelsAreOfferedAndAMissingChoiceFallsBackWithANote()
    {
        ModelChooser chooser = TestData.Chooser();

        Assert.Equal(["realesr-general-x4v3", "realesr-animevideov3-x2", "waifu2x-cunet-2x"], chooser.Installed.Select(m => m.Id));
        ModelDescriptor? model = chooser.Choose(new UpscaleSettings { ModelId = "realesrgan-x4plus" }, out string? note);
        Assert.Equal("realesr-general-x4v3", model?.Id);
        Assert.Contains("'realesrgan-x4plus' is not installed", note);
    }

    [Fact]
    public void DenoiseLevelPicksTheInstalledSiblingOrSaysItIsMissing()
    {
        string onnx = TestData.Model("realesr-animevideov3-x2").OnnxPath!;
        ModelDescriptor Cugan(string id, int level) => new()
        {
            Id = id, Name = id, Family = "Real-CUGAN", DenoiseLevel = level, OnnxPath = onnx,
            Geometry = new ModelGeometry { Scale = 2, ContextPadding = 8, IsTileExact = true },
        };
        var chooser = new ModelChooser([Cugan("realcugan-2x-conservative", -1), Cugan("realcugan-2x-denoise3x", 3)]);
        var settings = new UpscaleSettings { ModelId = "realcugan-2x-conservative" };

        Assert.Equal("realcugan-2x-denoise3x", chooser.Choose(settings with { Denoise = DenoiseChoice.High }, out _)?.Id);
        Assert.Equal("realcugan-2x-conservative", chooser.Choose(settings with { Denoise = DenoiseChoice.Medium }, out string? note)?.Id);
        Assert.Contains("no installed variant with denoise level 2", note);
    }

    [Fact]
    public void HelpTextCarriesEveryInstalledModelsDescriptionAndLicense()
    {
        string help = TestData.Chooser().DescribeInstalled();

        Assert.Contains("realesr-general-x4v3", help);
        Assert.Contains("realesr-animevideov3-x2", help);
        Assert.Contains("License: BSD-3-Clause", help);
        Assert.Contains("No model is installed", new ModelChooser([]).DescribeInstalled());
    }
}
