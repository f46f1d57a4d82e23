// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Pipeline;
using PdnUpscale.Core.Tests.TestUtilities;

namespace PdnUpscale.Core.Tests.Pipeline;

public sealed class UpscalerProgressTests
{
    [Fact]
    public void Progress_CountsEveryTileWithAnEstimate()
    {
        using Bgra32Image source = TestImages.Create(64, 48);
        var reports = new List<UpscaleProgress>();
        using var upscaler = new Upscaler(null, new StencilSessionFactory(2));

        using UpscaleResult result = upscaler.Run(
            source,
            new UpscaleOptions { Model = StencilSessionFactory.Model(2, 2), TileSize = TileSizeOption.Fixed(16) },
            new SynchronousProgress(reports.Add));

        Assert.Equal(12, result.TilesRun);
        Assert.Equal(UpscaleStage.Done, reports[^1].Stage);
        Assert.Equal(12, reports[^1].TilesDone);
        Assert.All(reports, r => Assert.Equal(12, r.TilesTotal));
        Assert.NotNull(reports[^1].Remaining);
    }

    [Fact]
    public void Cancellation_BetweenTiles_Stops()
    {
        using Bgra32Image source = TestImages.Create(64, 48);
        using var cancel = new CancellationTokenSource();
        var factory = new StencilSessionFactory(2);
        using var upscaler = new Upscaler(null, factory);
        var progress = new SynchronousProgress(p =>
        {
            if (p.TilesDone == 3)
            {
                cancel.Cancel();
            }
        });

        Assert.ThrowsAny<OperationCanceledException>(() => upscaler.Run(
            source,
            new UpscaleOptions { Model = StencilSessionFactory.Model(2, 2), TileSize = TileSizeOption.Fixed(16) },
            progress,
            cancel.Token));
        Assert.Equal(3, factory.Sessions.Sum(s => s.Runs));
    }

    [Fact]
    public void Cancellation_DuringInference_Stops()
    {
        using Bgra32Image source = TestImages.Create(32, 32);
        using var cancel = new CancellationTokenSource();
        var factory = new StencilSessionFactory(2) { BeforeRun = _ => cancel.Cancel() };
        using var upscaler = new Upscaler(null, factory);

        Assert.ThrowsAny<OperationCanceledException>(() => upscaler.Run(
            source,
            new UpscaleOptions { Model = StencilSessionFactory.Model(2, 2) },
            null,
            cancel.Token));
    }

    private sealed class SynchronousProgress(Action<UpscaleProgress> report) : IProgress<UpscaleProgress>
    {
        public void Report(UpscaleProgress value) => report(value);
    }
}
