// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Errors;
using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Inference;
using PdnUpscale.Core.Models;
using PdnUpscale.Core.Pipeline;

namespace PdnUpscale.PaintDotNet.Engine;

/// <summary>
/// Runs the pipeline on the GPU first and steps down when DirectML fails in any way (device removed, out of
/// memory, unsupported operator, driver error): the same device with half the tile, down to
/// <see cref="MinimumTile"/>, then the CPU. Cancellation and bad input are never retried.
/// </summary>
public sealed class DeviceFallbackChain
{
    /// <summary>The smallest tile tried on the GPU before giving up on it.</summary>
    public const int MinimumTile = 64;

    private readonly Func<DeviceKind, Upscaler> upscalerFor;
    private readonly ITileSessionFactory sessions;
    private readonly long tileBudgetBytes;

    /// <summary>Initializes a new instance of the <see cref="DeviceFallbackChain"/> class.</summary>
    /// <param name="upscalerFor">The pipeline for a device option (its preprocess and blend stages may differ).</param>
    /// <param name="sessions">The pipeline's inference sessions; failed GPU sessions are evicted from it.</param>
    /// <param name="tileBudgetBytes">The memory budget the automatic tile size is computed from.</param>
    public DeviceFallbackChain(Func<DeviceKind, Upscaler> upscalerFor, ITileSessionFactory sessions, long tileBudgetBytes)
    {
        this.upscalerFor = upscalerFor;
        this.sessions = sessions;
        this.tileBudgetBytes = tileBudgetBytes;
    }

    /// <summary>Gets the (device, tile) attempts for a model and settings, in order.</summary>
    /// <param name="model">The model.</param>
    /// <param name="settings">The settings (device and tile size).</param>
    /// <returns>The attempts.</returns>
    public IEnumerable<(DeviceKind Device, TileSizeOption Tile)> Attempts(ModelDescriptor model, UpscaleSettings settings)
    {
        TileSizeOption requested = settings.TileOption;
        if (settings.Device != DeviceChoice.Cpu)
        {
            DeviceKind gpu = settings.Device == DeviceChoice.Gpu ? DeviceKind.DirectML : DeviceKind.Auto;
            int tile = requested.IsAuto ? AutoTileSize.For(model.Geometry, this.tileBudgetBytes) : requested.Value;
            yield return (gpu, requested);
            for (tile /= 2; tile >= MinimumTile; tile /= 2)
            {
                yield return (gpu, TileSizeOption.Fixed(tile));
            }
        }

        yield return (DeviceKind.Cpu, requested);
    }

    /// <summary>Runs the attempts until one succeeds.</summary>
    /// <param name="source">The source image.</param>
    /// <param name="settings">The settings.</param>
    /// <param name="createOptions">Builds the pipeline options for one (device, tile) attempt.</param>
    /// <param name="cancellationToken">Paint.NET's cancellation.</param>
    /// <returns>The result and the fallbacks taken.</returns>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    /// <exception cref="UpscaleException">The input is invalid, or the CPU run failed too.</exception>
    public UpscaleRun Run(Bgra32Image source, UpscaleSettings settings, Func<DeviceKind, TileSizeOption, UpscaleOptions> createOptions, CancellationToken cancellationToken)
    {
        var notes = new List<string>();
        foreach ((DeviceKind device, TileSizeOption tile) in this.Attempts(createOptions(DeviceKind.Cpu, settings.TileOption).Model, settings))
        {
            UpscaleOptions options = createOptions(device, tile);
            try
            {
                return new UpscaleRun(this.upscalerFor(device).Run(source, options, null, cancellationToken), notes);
            }
            catch (Exception e) when (device != DeviceKind.Cpu && e is not OperationCanceledException and not UpscaleException { Kind: UpscaleErrorKind.InvalidInput })
            {
                notes.Add($"The GPU (DirectML) failed with {tile}-pixel tiles: {FirstLine(e.Message)}");
                this.sessions.Evict(options.Model);
            }
        }

        throw new InvalidOperationException("The attempt list always ends with the CPU.");
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
