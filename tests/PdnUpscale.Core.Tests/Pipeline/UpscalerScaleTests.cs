// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Errors;
using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Models;
using PdnUpscale.Core.Pipeline;
using PdnUpscale.Core.Tests.TestUtilities;

namespace PdnUpscale.Core.Tests.Pipeline;

public sealed class UpscalerScaleTests
{
    [Theory]
    [InlineData(1.0, 30, 20, 1)]
    [InlineData(1.5, 45, 30, 1)]
    [InlineData(3.0, 90, 60, 1)]
    [InlineData(4.0, 120, 80, 1)]
    [InlineData(8.0, 240, 160, 2)]
    [InlineData(16.0, 480, 320, 2)]
    public void Scale_GivesTheExactSize(double scale, int width, int height, int passes)
    {
        using UpscaleResult result = Run(new UpscaleOptions { Model = Model, Scale = scale });

        Assert.Equal(width, result.Image.Width);
        Assert.Equal(height, result.Image.Height);
        Assert.Equal(passes, result.ModelPasses);
    }

    [Theory]
    [InlineData(100, null, 100, 67)]
    [InlineData(null, 50, 75, 50)]
    [InlineData(64, 64, 64, 64)]
    public void TargetSize_KeepsTheAspectUnlessBothAreGiven(int? targetWidth, int? targetHeight, int width, int height)
    {
        using UpscaleResult result = Run(new UpscaleOptions { Model = Model, TargetWidth = targetWidth, TargetHeight = targetHeight });

        Assert.Equal(width, result.Image.Width);
        Assert.Equal(height, result.Image.Height);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(17.0)]
    [InlineData(double.NaN)]
    public void Scale_OutOfRange_IsBadInput(double scale)
    {
        Assert.Equal(UpscaleErrorKind.InvalidInput, Assert.Throws<UpscaleException>(() => Run(new UpscaleOptions { Model = Model, Scale = scale }).Dispose()).Kind);
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(2.0)]
    public void OneTimesModel_RunsOnce_ThenResamplesToTheTarget(double scale)
    {
        using Bgra32Image source = TestImages.Create(30, 20);
        using var upscaler = new Upscaler(null, new StencilSessionFactory(1));
        using UpscaleResult result = upscaler.Run(source, new UpscaleOptions { Model = StencilSessionFactory.Model(1, 1), Scale = scale });

        Assert.Equal((int)(30 * scale), result.Image.Width);
        Assert.Equal(1, result.ModelPasses);
    }

    [Fact]
    public void ChainedPasses_KeepFlatColourFlat()
    {
        using Bgra32Image flat = TestImages.Flat(12, 10, 40, 120, 200);

        using var upscaler = new Upscaler(null, new StencilSessionFactory(1));
        using UpscaleResult result = upscaler.Run(flat, new UpscaleOptions { Model = StencilSessionFactory.Model(2, 1), Scale = 5.5 });

        Assert.Equal(66, result.Image.Width);
        Span<byte> middle = result.Image.GetRow(27);
        Assert.InRange(middle[30 * 4], 36, 44);
        Assert.InRange(middle[(30 * 4) + 2], 196, 204);
    }

    private static ModelDescriptor Model => StencilSessionFactory.Model(scale: 4, contextPadding: 2);

    private static UpscaleResult Run(UpscaleOptions options)
    {
        using Bgra32Image source = TestImages.Create(30, 20);
        using var upscaler = new Upscaler(null, new StencilSessionFactory(2));
        return upscaler.Run(source, options);
    }
}
