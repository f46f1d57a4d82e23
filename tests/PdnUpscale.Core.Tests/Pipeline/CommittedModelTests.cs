// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using Microsoft.ML.OnnxRuntime;
using PdnUpscale.Core.Codecs;
using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Inference;
using PdnUpscale.Core.Pipeline;
using PdnUpscale.Core.Tests.TestUtilities;

namespace PdnUpscale.Core.Tests.Pipeline;

/// <summary>The pipeline on the committed <c>realesr-general-x4v3</c> model with ONNX Runtime on the CPU.</summary>
public sealed class CommittedModelTests(CommittedModelFixture fixture) : IClassFixture<CommittedModelFixture>
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(7, 3)]
    public void Tiled_EqualsWholeImage(int width, int height)
    {
        using Bgra32Image source = TestImages.Create(width, height, seed: width);
        using UpscaleResult whole = this.Run(source, TileSizeOption.WholeImage);
        using UpscaleResult tiled = this.Run(source, TileSizeOption.Fixed(16));

        Assert.Equal(width * 4, whole.Image.Width);
        Assert.True(TestImages.MaxAbsDiff(whole.Image, tiled.Image) <= 1);
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void Tiled_EqualsWholeImage_OnAPhoto()
    {
        // 2 × 2 tiles of 132² (64 + 2 × 34 context): the first window starts at the mirrored border, the
        // second slides inward to end there.
        using Bgra32Image photo = TestImages.LoadInput("astronaut-face.png");
        using UpscaleResult whole = this.Run(photo, TileSizeOption.WholeImage);
        using UpscaleResult tiled = this.Run(photo, TileSizeOption.Fixed(64));

        Assert.Equal(4, tiled.TilesRun);
        Assert.True(TestImages.MaxAbsDiff(whole.Image, tiled.Image) <= 1);
    }

    [Theory]
    [InlineData(AlphaMode.Model)]
    [InlineData(AlphaMode.Fast)]
    public void HiddenColour_UnderZeroAlpha_DoesNotChangeTheResult(AlphaMode alpha)
    {
        using Bgra32Image black = TestImages.LoadInput("astronaut-32x24.png");
        TestImages.ApplyBlobAlpha(black);
        using Bgra32Image white = black.Clone();
        UpscalerAlphaTests.Hide(black, 0);
        UpscalerAlphaTests.Hide(white, 255);

        using UpscaleResult a = this.Run(black, TileSizeOption.Fixed(16), alpha);
        using UpscaleResult b = this.Run(white, TileSizeOption.Fixed(16), alpha);

        Assert.Equal(0, TestImages.MaxAbsDiff(a.Image, b.Image));
        Assert.Equal(255, a.Image.GetRow(48)[(64 * 4) + 3]);
        Assert.Equal(0, a.Image.GetRow(1)[(1 * 4) + 3]);
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void Grey_StaysGrey()
    {
        using DecodedImage decoded = new SkiaImageDecoder().Decode(TestImages.InputPath("camera-man.png"));
        Assert.True(decoded.Metadata.IsGrayscale);
        Bgra32Image source = decoded.Image;

        using UpscaleResult result = this.Run(source, TileSizeOption.Auto);

        int spread = 0;
        for (int y = 0; y < result.Image.Height; y++)
        {
            Span<byte> row = result.Image.GetRow(y);
            for (int i = 0; i < row.Length; i += 4)
            {
                spread = Math.Max(spread, Math.Max(Math.Abs(row[i] - row[i + 1]), Math.Abs(row[i + 2] - row[i + 1])));
            }
        }

        Assert.Equal(0, spread);
    }

    [Fact]
    public void HiddenColour_UnderRealAlpha_DoesNotChangeTheResult()
    {
        using Bgra32Image black = TestImages.LoadInput("chelsea-rgba-64.png");
        Assert.True(PixelScan.AnyAlphaBelow(black, 1));
        using Bgra32Image white = black.Clone();
        UpscalerAlphaTests.Hide(black, 0);
        UpscalerAlphaTests.Hide(white, 255);

        using UpscaleResult a = this.Run(black, TileSizeOption.Fixed(32), AlphaMode.Fast);
        using UpscaleResult b = this.Run(white, TileSizeOption.Fixed(32), AlphaMode.Fast);

        Assert.Equal(0, TestImages.MaxAbsDiff(a.Image, b.Image));
        Assert.Equal(0, a.Image.GetRow(0)[3]);
        Assert.InRange(a.Image.GetRow(128)[(128 * 4) + 3], 240, 255);
    }

    [Theory]
    [InlineData(1.5, 18, 12)]
    [InlineData(3.0, 36, 24)]
    [InlineData(8.0, 96, 64)]
    public void Scales_GiveExactSizes(double scale, int width, int height)
    {
        using Bgra32Image source = TestImages.Create(12, 8);

        using UpscaleResult result = fixture.Upscaler.Run(source, new UpscaleOptions { Model = fixture.Model, Scale = scale });

        Assert.Equal(width, result.Image.Width);
        Assert.Equal(height, result.Image.Height);
    }

    [Fact]
    public void TargetWidth_KeepsTheAspect()
    {
        using Bgra32Image source = TestImages.Create(12, 8);

        using UpscaleResult result = fixture.Upscaler.Run(source, new UpscaleOptions { Model = fixture.Model, TargetWidth = 50 });

        Assert.Equal(50, result.Image.Width);
        Assert.Equal(33, result.Image.Height);
    }

    [Fact]
    public void Cancellation_TerminatesARunningInference()
    {
        // A 400×400 tile takes over a second on a CPU; the session exists before the canceller starts, so
        // stopping early can only come from RunOptions.Terminate inside ONNX Runtime (the inner exception).
        // The canceller is a dedicated thread, not a CancellationTokenSource timer: a timer's callback waits
        // for a thread-pool thread, and other tests' synchronous inference can hold them all for seconds.
        using var factory = new OnnxTileSessionFactory(2, null);
        ITileSession session = factory.GetSession(fixture.Model, DeviceKind.Cpu, InferencePrecision.Fp32, 400, 400);
        using var cancel = new CancellationTokenSource();
        var canceller = new Thread(() =>
        {
            Thread.Sleep(200);
            cancel.Cancel();
        });
        canceller.Start();

        var ex = Assert.ThrowsAny<OperationCanceledException>(() => session.Run(cancel.Token));
        canceller.Join();

        Assert.IsType<OnnxRuntimeException>(ex.InnerException);
    }

    private UpscaleResult Run(Bgra32Image source, TileSizeOption tile, AlphaMode alpha = AlphaMode.Model) =>
        fixture.Upscaler.Run(source, new UpscaleOptions { Model = fixture.Model, TileSize = tile, Alpha = alpha });
}
