// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Blending;
using PdnUpscale.Core.Fidelity;
using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Inference;
using PdnUpscale.Core.Postprocessing;
using PdnUpscale.Core.Preprocessing;
using PdnUpscale.Core.Resampling;
using PdnUpscale.Core.Tiling;

namespace PdnUpscale.Core.Pipeline;

/// <summary>
/// One run of the pipeline over one image: the colour chain (bleed, model passes, resamples), then the alpha
/// chain (the same steps on alpha as grey, or one resample), written into one output image.
/// </summary>
internal sealed partial class UpscaleJob
{
    private readonly UpscaleConfiguration configuration;
    private readonly ITileSessionFactory sessions;
    private readonly IPreprocessor preprocessor;
    private readonly IBlender blender;
    private readonly IPostprocessor postprocessor;
    private readonly UpscaleOptions options;
    private readonly CancellationToken cancellationToken;
    private readonly StageTimings timings;
    private ProgressTracker tracker = null!;
    private readonly bool onGpu;
    private readonly bool int8;
    private TileShape? fixedTile;
    private int gpuAttemptsFailed;
    private bool grayscale;

    public UpscaleJob(UpscaleConfiguration configuration, ITileSessionFactory sessions, UpscaleOptions options, StageTimings timings, CancellationToken cancellationToken)
    {
        this.configuration = configuration;
        this.sessions = sessions;
        int threads = configuration.MaxDegreeOfParallelism;
        this.preprocessor = configuration.Preprocessor ?? new CpuPreprocessor(threads);
        this.blender = configuration.Blender ?? new CpuBlender(threads);
        this.postprocessor = configuration.Postprocessor ?? new CpuPostprocessor(threads);
        this.options = options;
        this.timings = timings;
        this.cancellationToken = cancellationToken;
        this.onGpu = sessions.Resolve(options.Device) != DeviceKind.Cpu;
        this.int8 = Int8Support.UseInt8(options.Precision, options.Model, !this.onGpu, null);
        this.fixedTile = options.TileSize.IsAuto ? null : TileShape.Square(options.TileSize.Value);
    }

    /// <summary>Gets the tile shape the last model pass used (after any out-of-memory halving).</summary>
    public TileShape TileSize { get; private set; }

    /// <summary>Gets the device name of the last session used.</summary>
    public string DeviceName { get; private set; } = string.Empty;

    /// <summary>Gets the tiles run.</summary>
    public int TilesRun => this.tracker.TilesDone;

    /// <summary>Upscales into <paramref name="result"/>, whose size is the chain's target size.</summary>
    /// <param name="source">The source image.</param>
    /// <param name="chain">The scale chain.</param>
    /// <param name="result">The output image.</param>
    /// <param name="progress">The progress sink.</param>
    public void Execute(Bgra32Image source, ScaleChain chain, Bgra32Image result, IProgress<UpscaleProgress>? progress)
    {
        bool hasAlpha = PixelScan.AnyAlphaBelow(source, 255);
        this.grayscale = PixelScan.IsGray(source);
        bool alphaByModel = hasAlpha && this.options.Alpha == AlphaMode.Model;
        int tiles = this.CountTiles(chain) * (alphaByModel ? 2 : 1);
        this.tracker = new ProgressTracker(progress, tiles);
        this.tracker.Report(UpscaleStage.Preparing);

        int bleedPasses = hasAlpha ? Math.Max(8, this.options.Model.Geometry.ContextPadding + 1) : 0;
        this.RunChain(source, chain, result, hasAlpha ? OutputChannels.Color : OutputChannels.ColorOpaque, bleedPasses);
        if (this.options.Fidelity is { } fidelity)
        {
            // After the final resample, so the image handed back is the one that shrinks back to the input.
            this.tracker.Report(UpscaleStage.Fidelity);
            this.Timed(StageKind.Fidelity, () => BackProjection.Apply(source, result, fidelity, this.configuration.MaxDegreeOfParallelism, this.cancellationToken));
        }

        if (alphaByModel)
        {
            using Bgra32Image gray = GrayFromAlpha(source);
            this.RunChain(gray, chain, result, OutputChannels.AlphaFromGray, 0);
        }
        else if (hasAlpha)
        {
            this.tracker.Report(UpscaleStage.Alpha);
            this.Timed(StageKind.Resample, () => Resampler.Resample(source, result, ResampleFilter.Lanczos3, ResampleChannels.AlphaFromAlpha, this.configuration.MaxDegreeOfParallelism, this.cancellationToken));
        }

        this.tracker.Report(UpscaleStage.Done);
    }

    private void RunChain(Bgra32Image input, ScaleChain chain, Bgra32Image result, OutputChannels finalChannels, int bleedPasses)
    {
        UpscaleStage stage = finalChannels == OutputChannels.AlphaFromGray ? UpscaleStage.Alpha : UpscaleStage.Color;
        Bgra32Image current = input;
        for (int i = 0; i < chain.Steps.Count; i++)
        {
            ChainStep step = chain.Steps[i];
            bool last = i == chain.Steps.Count - 1;
            Bgra32Image target = last ? result : Bgra32Image.Allocate(step.Width, step.Height);
            if (step.IsModel)
            {
                this.ModelPass(current, target, last ? finalChannels : OutputChannels.ColorOpaque, current == input ? bleedPasses : 0, stage);
            }
            else
            {
                ResampleChannels channels = last && finalChannels == OutputChannels.AlphaFromGray ? ResampleChannels.AlphaFromGreen : ResampleChannels.All;
                this.tracker.Report(UpscaleStage.Resampling);
                this.Timed(StageKind.Resample, () => Resampler.Resample(current, target, ResampleFilter.Lanczos3, channels, this.configuration.MaxDegreeOfParallelism, this.cancellationToken));
            }

            if (current != input)
            {
                current.Dispose();
            }

            current = target;
        }
    }

    private int CountTiles(ScaleChain chain)
    {
        int count = 0;
        foreach (ChainStep step in chain.Steps)
        {
            if (step.IsModel)
            {
                int scale = this.options.Model.Geometry.Scale;
                (int width, int height) = (step.Width / scale, step.Height / scale);
                count += TilePlanner.Plan(width, height, this.options.Model.Geometry, this.TileFor(width, height)).Tiles.Count;
            }
        }

        return count;
    }

    /// <summary>Gets the tile shape for a model pass over an image of this size: the fixed one, or the automatic one for it.</summary>
    private TileShape TileFor(int width, int height)
        => this.fixedTile ?? AutoTileSize.For(width, height, this.options.Model.Geometry, this.int8, TileMemory.MaxWindowPixels(this.options.Model, this.int8, this.configuration.TileMemoryBudgetBytes));

    private static Bgra32Image GrayFromAlpha(Bgra32Image source)
    {
        Bgra32Image gray = Bgra32Image.Allocate(source.Width, source.Height);
        for (int y = 0; y < source.Height; y++)
        {
            Span<byte> from = source.GetRow(y), to = gray.GetRow(y);
            for (int i = 0; i < from.Length; i += 4)
            {
                to[i] = to[i + 1] = to[i + 2] = from[i + 3];
                to[i + 3] = 255;
            }
        }

        return gray;
    }
}
