// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Globalization;
using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Inference;
using PdnUpscale.Core.Models;
using PdnUpscale.Core.Pipeline;
using PdnUpscale.Core.Upscaling;

namespace PdnUpscale.PaintDotNet.Engine;

/// <summary>
/// Everything the effect does between "the settings changed" and "render this tile", without Paint.NET:
/// checks the canvas, hands Core's <see cref="UpscaleService"/> the request the dialog describes (or reuses
/// its cached outcome), hands a new image to the clipboard and the PNG folder, and words the message. Every
/// upscale rule (model, fidelity, small text, clean-up, device retries) is Core's; the effect class only converts.
/// </summary>
public sealed partial class UpscaleEngine : IDisposable
{
    /// <summary>The name of the overlay option, as the dialog shows it and the messages quote it.</summary>
    public const string OverlayOptionName = "Show invented detail";

    private readonly UpscaleService service;
    private readonly ResultCache cache = new();
    private string? clipboardKey;

    /// <summary>Initializes a new instance of the <see cref="UpscaleEngine"/> class with ONNX Runtime.</summary>
    /// <param name="models">The models the plug-in found.</param>
    /// <param name="directMLDeviceId">The DXGI adapter index DirectML runs on (Paint.NET's rendering adapter).</param>
    public UpscaleEngine(ModelLibrary models, int directMLDeviceId)
        : this(models, warn => new OnnxTileSessionFactory(Environment.ProcessorCount, warn) { DirectMLDeviceId = directMLDeviceId }, Edition.StageConfiguration)
    {
        this.DirectMLDeviceId = directMLDeviceId;
    }

    /// <summary>Initializes a new instance of the <see cref="UpscaleEngine"/> class with given stages.</summary>
    /// <param name="models">The models the plug-in found.</param>
    /// <param name="createSessions">Creates the session factory, given the warning sink; the engine owns it.</param>
    /// <param name="createConfiguration">
    /// Creates the pipeline configuration (preprocess, blend and postprocess stages) for a device, given the
    /// warning sink; null for Core's CPU stages.
    /// </param>
    internal UpscaleEngine(ModelLibrary models, Func<Action<string>, ITileSessionFactory> createSessions, Func<DeviceKind, Action<string>, UpscaleConfiguration>? createConfiguration = null)
    {
        this.Models = models;
        this.service = new UpscaleService(models, createConfiguration ?? ((_, warn) => new UpscaleConfiguration { Warning = warn }), createSessions);
    }

    /// <summary>Gets the models the plug-in found.</summary>
    public ModelLibrary Models { get; }

    /// <summary>Gets the DirectML adapter index, or null when a test stage is used.</summary>
    public int? DirectMLDeviceId { get; }

    /// <summary>Gets the number of upscales actually run (cache hits excluded).</summary>
    public int InferenceRuns => this.cache.Stores;

    /// <summary>Prepares the layer for one set of settings. Never throws for bad input or failed inference.</summary>
    /// <param name="layer">The whole current layer, straight-alpha BGRA.</param>
    /// <param name="settings">The dialog's settings.</param>
    /// <param name="clipboard">The clipboard for new images, or null.</param>
    /// <param name="cancellationToken">Paint.NET's cancellation.</param>
    /// <returns>What to render and what to say.</returns>
    public EffectPlan Prepare(Bgra32Image layer, UpscaleSettings settings, IResultClipboard? clipboard, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(layer);
        ArgumentNullException.ThrowIfNull(settings);
        if (this.Models.Installed.Count == 0)
        {
            return EffectPlan.Unchanged(EffectOutcome.Failed, this.Models.DescribeInstalled());
        }

        if (settings.Workflow == OutputWorkflow.NewImage)
        {
            return this.PrepareNewImage(layer, settings, clipboard, cancellationToken);
        }

        if (settings.Factor is not double factor)
        {
            return EffectPlan.Unchanged(EffectOutcome.CanvasMismatch, "A target width or height sets the size of a new image; for \"Enlarged canvas\" choose 2×, 3×, 4× or a percentage that matches the canvas. Nothing was changed.");
        }

        CanvasCheckResult check = CanvasCheck.Inspect(layer, factor);
        if (!check.Matches)
        {
            return EffectPlan.Unchanged(EffectOutcome.CanvasMismatch, check.Message);
        }

        // The original is the top-left region of the layer; a view, not a copy.
        using Bgra32Image original = Bgra32Image.Wrap(layer.Scan0, check.SourceWidth, check.SourceHeight, layer.Stride);
        return this.Upscale(original, settings, settings.ToRequest(layer.Width, layer.Height), (key, outcome, message) =>
            {
                (Bgra32Image shown, string said) = Shown(outcome, original, settings, message, cancellationToken);
                return new EffectPlan { Outcome = EffectOutcome.Upscaled, Message = said, LayerImage = shown, DeviceName = outcome.Result.DeviceName, NeedsAttention = outcome.Notes.Count > 0 };
            },
            cancellationToken);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        this.cache.Dispose();
        this.service.Dispose();
    }

    // What the user sees: the result, or (only while they ask for it) the heat map instead, with its figures
    // and a reminder that OK would keep the map.
    private static (Bgra32Image Image, string Message) Shown(UpscaleOutcome outcome, Bgra32Image source, UpscaleSettings settings, string message, CancellationToken cancellationToken)
    {
        if (!settings.ShowInventedDetail)
        {
            return (outcome.Image, message);
        }

        var map = outcome.InventedDetail(source, cancellationToken);
        return (map.Image, $"{message} Showing the invented-detail heat map instead of the result: {map.Summary} Yellow to red marks detail the model added; switch off \"{OverlayOptionName}\" to get the upscaled picture.");
    }

    private static string Summarize(UpscaleOutcome outcome, int? directMLDeviceId)
    {
        UpscaleResult r = outcome.Result;
        string device = r.DeviceName == "DirectML" && directMLDeviceId is int id ? $"the GPU (DirectML, adapter {id})" : r.DeviceName == "DirectML" ? "the GPU (DirectML)" : "the CPU";
        string what = outcome.Model?.Name ?? "Plain bicubic resampling";
        string text = outcome.Model is null
            ? string.Create(CultureInfo.InvariantCulture, $"{what} made {r.Image.Width}×{r.Image.Height} pixels on {device}.")
            : string.Create(CultureInfo.InvariantCulture, $"{what} made {r.Image.Width}×{r.Image.Height} pixels on {device} with {r.TileSize}-pixel tiles.");
        return string.Join(' ', outcome.Notes.Prepend(text).Prepend(outcome.AutomaticChoice).OfType<string>());
    }
}
