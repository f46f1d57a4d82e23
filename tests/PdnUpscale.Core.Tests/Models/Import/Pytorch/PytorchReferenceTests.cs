// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using Microsoft.ML.OnnxRuntime;
using PdnUpscale.Bench.Metrics;
using PdnUpscale.Core.Codecs;
using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Inference;
using PdnUpscale.Core.Models;
using PdnUpscale.Core.Models.Catalog;
using PdnUpscale.Core.Models.Import;
using PdnUpscale.Core.Pipeline;
using PdnUpscale.Core.Tests.Models.Import.Ncnn;
using PdnUpscale.Core.Tests.TestUtilities;
using Xunit.Abstractions;

namespace PdnUpscale.Core.Tests.Models.Import.Pytorch;

/// <summary>
/// Imported PyTorch and safetensors models against the architectures' PyTorch reference code on a real photo
/// crop. The tiny random-weight fixtures and the reference outputs were made once by
/// models/reference/pytorch-references.py (spandrel's forward passes, torch 1.13, float32). Both sides pad with
/// zeros, so the whole image is compared; 0.1 % of pixels may differ by a rounding step near .5.
/// </summary>
public sealed class PytorchReferenceTests(ITestOutputHelper output)
{
    private const string Input = "astronaut-eye-48.png";
    private const double MinimumPsnr = 45;

    [Theory]
    [InlineData("esrgan-old-x4.pth", 4)]
    [InlineData("esrgan-new-x4-legacy.pth", 4)]
    [InlineData("esrgan-unshuffle-x2.pth", 2)]
    [InlineData("esrgan-unshuffle-x1.pth", 1)]
    [InlineData("compact-x2.safetensors", 2)]
    [InlineData("span-x4-fp16.pth", 4)]
    [InlineData("omnisr-x2.pth", 2)]
    public void Import_MatchesPytorch(string fixture, int scale)
    {
        using var folder = new TempFolder();

        ModelDescriptor model = ModelImporter.Import(new ModelImportRequest { ParamPath = FixturePath(fixture), Id = "imported", DestinationFolder = folder.Path });

        Assert.Equal((scale, ModelImporter.UnknownLicense), (model.Geometry.Scale, model.License));
        this.AssertMatchesPytorch(model.OnnxPath!, Path.GetFileNameWithoutExtension(fixture));
    }

    [Fact]
    public void ImportedModel_TilesExactlyThroughThePipeline()
    {
        using var folder = new TempFolder();
        ModelImporter.Import(new ModelImportRequest { ParamPath = FixturePath("compact-x2.safetensors"), Id = "compact", DestinationFolder = folder.Path });
        ModelDescriptor model = ModelCatalog.TryDescribe(Path.Combine(folder.Path, "compact.onnx"))!;
        using Bgra32Image input = TestImages.LoadInput(Input);
        using var upscaler = new Upscaler(new UpscaleConfiguration { MaxDegreeOfParallelism = 2 });

        using UpscaleResult whole = upscaler.Run(input, new UpscaleOptions { Model = model, Scale = 2, TileSize = TileSizeOption.WholeImage, Device = DeviceKind.Cpu });
        using UpscaleResult tiled = upscaler.Run(input, new UpscaleOptions { Model = model, Scale = 2, TileSize = TileSizeOption.Fixed(16), Device = DeviceKind.Cpu });

        Assert.True(model.Geometry.IsTileExact);
        Assert.Equal(double.PositiveInfinity, ImageMetrics.PsnrRgb(whole.Image, tiled.Image));
    }

    [RealModelFact("2x-AniScale.pth")]
    [Trait("Category", "Slow")]
    public void RealCompact_MatchesPytorch() => this.AssertRealModelMatches("2x-AniScale", 2);

    [RealModelFact("4x-NMKD-YandereNeo-Superlite.pth")]
    [Trait("Category", "Slow")]
    public void RealEsrgan_MatchesPytorch() => this.AssertRealModelMatches("4x-NMKD-YandereNeo-Superlite", 4);

    [RealModelFact("4x_WTP_descreenton.pth")]
    [Trait("Category", "Slow")]
    public void RealOmniSr_MatchesPytorch() => this.AssertRealModelMatches("4x_WTP_descreenton", 4);

    internal static string FixturePath(string name) => Path.Combine(AppContext.BaseDirectory, "Models", "Fixtures", "pytorch", name);

    private void AssertRealModelMatches(string name, int scale)
    {
        using var folder = new TempFolder();
        ModelDescriptor model = ModelImporter.Import(new ModelImportRequest { ParamPath = RealModelFactAttribute.PathOf(name + ".pth"), Id = "real", DestinationFolder = folder.Path });

        Assert.Equal(scale, model.Geometry.Scale);
        this.AssertMatchesPytorch(model.OnnxPath!, name);
    }

    private void AssertMatchesPytorch(string onnxPath, string reference)
    {
        using Bgra32Image input = TestImages.LoadInput(Input);
        using var session = new InferenceSession(onnxPath);
        using Bgra32Image ours = DefaultModelReferenceTests.ToImage(OnnxTestRunner.Run(session, DefaultModelReferenceTests.ToBlob(input)));
        using DecodedImage expected = new SkiaImageDecoder().Decode(Path.Combine(AppContext.BaseDirectory, "Images", "ReferenceOutput", "pytorch", reference + ".png"));

        RobustPsnr psnr = ImageMetrics.RobustInteriorPsnr(expected.Image, ours, border: 0);
        output.WriteLine($"{reference}: {psnr.Rgb:F2} dB");

        Assert.True(psnr.Rgb >= MinimumPsnr, $"{reference}: PSNR against PyTorch {psnr.Rgb:F2} dB < {MinimumPsnr} dB");
    }
}
