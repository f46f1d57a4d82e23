// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Diagnostics;
using PdnUpscale.Core.Errors;
using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Inference;
using PdnUpscale.Core.Resampling;

namespace PdnUpscale.Core.Pipeline;

/// <summary>
/// The pipeline entry point: enlarges BGRA8 images with a model, tiled, alpha-correct, at any scale. Keep one
/// instance per host: it caches inference sessions (one per model, device and tile shape) across images.
/// </summary>
public sealed partial class Upscaler : IDisposable
{
    private readonly UpscaleConfiguration configuration;
    private readonly ITileSessionFactory sessions;
    private readonly bool ownsSessions;

    /// <summary>Initializes a new instance of the <see cref="Upscaler"/> class with ONNX Runtime inference.</summary>
    /// <param name="configuration">The stages and limits, or null for <see cref="UpscaleConfiguration.Default"/>.</param>
    public Upscaler(UpscaleConfiguration? configuration = null)
        : this(configuration, null)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="Upscaler"/> class with a given inference stage.</summary>
    /// <param name="configuration">The stages and limits, or null for <see cref="UpscaleConfiguration.Default"/>.</param>
    /// <param name="sessions">The inference stage, or null for ONNX Runtime; a given one is not disposed by this instance.</param>
    public Upscaler(UpscaleConfiguration? configuration, ITileSessionFactory? sessions)
    {
        this.configuration = configuration ?? UpscaleConfiguration.Default;
        this.ownsSessions = sessions is null;
        this.sessions = sessions ?? new OnnxTileSessionFactory(this.configuration.MaxDegreeOfParallelism, this.configuration.Warning);
    }

    /// <summary>Gets how many threads this pipeline's CPU stages use (its configuration's).</summary>
    internal int MaxDegreeOfParallelism => this.configuration.MaxDegreeOfParallelism;

    /// <summary>Enlarges an image.</summary>
    /// <param name="source">The straight-alpha BGRA8 image; it is not modified.</param>
    /// <param name="options">The model, size, tiling, device and alpha handling.</param>
    /// <param name="progress">Receives tiles done/total and an ETA, or null.</param>
    /// <param name="cancellationToken">Checked between tiles, per band or row of every other stage, and used to terminate a running inference.</param>
    /// <returns>The enlarged image and per-stage timings; the caller disposes it.</returns>
    /// <exception cref="OperationCanceledException">The upscale was cancelled.</exception>
    /// <exception cref="UpscaleException">The requested size is invalid or too large.</exception>
    /// <exception cref="UpscaleException">The model is missing, corrupt or failed to run.</exception>
    public UpscaleResult Run(
        Bgra32Image source,
        UpscaleOptions options,
        IProgress<UpscaleProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(options);
        var chain = ScaleChain.Create(source.Width, source.Height, options);
        if ((long)chain.TargetWidth * chain.TargetHeight > this.configuration.MaxOutputPixels)
        {
            throw new UpscaleException(UpscaleErrorKind.InvalidInput, $"The output would be {chain.TargetWidth}×{chain.TargetHeight} pixels, more than the limit of {this.configuration.MaxOutputPixels} pixels.");
        }

        if (options.PlainResampling)
        {
            return this.EnlargePlain(source, chain, progress, cancellationToken);
        }

        var result = new UpscaleResult(Bgra32Image.Allocate(chain.TargetWidth, chain.TargetHeight));
        try
        {
            var job = new UpscaleJob(this.configuration, this.sessions, options, result.Timings, cancellationToken);
            job.Execute(source, chain, result.Image, progress);
            result.DeviceName = job.DeviceName;
            result.TileSize = job.TileSize;
            result.TilesRun = job.TilesRun;
            result.ModelPasses = chain.Steps.Count(s => s.IsModel);
            return result;
        }
        catch
        {
            result.Dispose();
            throw;
        }
    }

    private UpscaleResult EnlargePlain(Bgra32Image source, ScaleChain chain, IProgress<UpscaleProgress>? progress, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        Bgra32Image plain = Resampler.Resize(source, chain.TargetWidth, chain.TargetHeight, ResampleFilter.CatmullRom, this.configuration.MaxDegreeOfParallelism, cancellationToken);
        var result = new UpscaleResult(plain) { DeviceName = "CPU" };
        result.Timings.Resample = clock.Elapsed;
        progress?.Report(new UpscaleProgress(UpscaleStage.Done, 1, 1, clock.Elapsed, TimeSpan.Zero));
        return result;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (this.ownsSessions)
        {
            this.sessions.Dispose();
        }
    }
}
