// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Globalization;
using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Inference;
using PdnUpscale.Core.Models;
using PdnUpscale.Core.Pipeline;
using PdnUpscale.Gpu;

namespace PdnUpscale.PaintDotNet.Engine;

/// <summary>
/// Everything the effect does between "the settings changed" and "render this tile", without Paint.NET:
/// chooses the model, checks the canvas, runs (or reuses) the upscale on the best working device, hands a
/// new image to the clipboard and the PNG folder, and words the message. The effect class only converts.
/// </summary>
public sealed partial class UpscaleEngine : IDisposable
{
    private readonly List<string> warnings = [];
    private readonly ITileSessionFactory sessions;
    private readonly Func<DeviceKind, Action<string>, UpscaleConfiguration> createConfiguration;
    private readonly Dictionary<DeviceKind, Upscaler> upscalers = [];
    private readonly DeviceFallbackChain chain;
    private readonly ResultCache cache = new();
    private string? clipboardKey;

    /// <summary>Initializes a new instance of the <see cref="UpscaleEngine"/> class with ONNX Runtime.</summary>
    /// <param name="models">The model chooser.</param>
    /// <param name="directMLDeviceId">The DXGI adapter index DirectML runs on (Paint.NET's rendering adapter).</param>
    public UpscaleEngine(ModelChooser models, int directMLDeviceId)
        : this(models, warn => new OnnxTileSessionFactory(Environment.ProcessorCount, warn) { DirectMLDeviceId = directMLDeviceId }, GpuConfiguration)
    {
        this.DirectMLDeviceId = directMLDeviceId;
    }

    /// <summary>Initializes a new instance of the <see cref="UpscaleEngine"/> class with given stages.</summary>
    /// <param name="models">The model chooser.</param>
    /// <param name="createSessions">Creates the session factory, given the warning sink; the engine owns it.</param>
    /// <param name="createConfiguration">
    /// Creates the pipeline configuration (preprocess, blend and postprocess stages) for a device, given the
    /// warning sink; null for Core's CPU stages.
    /// </param>
    internal UpscaleEngine(ModelChooser models, Func<Action<string>, ITileSessionFactory> createSessions, Func<DeviceKind, Action<string>, UpscaleConfiguration>? createConfiguration = null)
    {
        this.Models = models;
        this.sessions = createSessions(this.warnings.Add);
        this.createConfiguration = createConfiguration ?? ((_, warn) => new UpscaleConfiguration { Warning = warn });
        this.chain = new DeviceFallbackChain(this.UpscalerFor, this.sessions, new UpscaleConfiguration().TileMemoryBudgetBytes);
    }

    /// <summary>Gets the model chooser.</summary>
    public ModelChooser Models { get; }

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
        ModelDescriptor? model = this.Models.Choose(settings, out string? note);
        if (model is null)
        {
            return EffectPlan.Unchanged(EffectOutcome.Failed, this.Models.DescribeInstalled());
        }

        if (settings.Workflow == OutputWorkflow.NewImage)
        {
            return this.PrepareNewImage(layer, settings, model, note, clipboard, cancellationToken);
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
        return this.Upscale(original, settings, model, note, (d, t) => Options(model, settings, d, t, layer.Width, layer.Height),
            (key, run, message) =>
            {
                (Bgra32Image shown, string said) = Shown(run, original, settings, message, cancellationToken);
                return new EffectPlan { Outcome = EffectOutcome.Upscaled, Message = said, LayerImage = shown, DeviceName = run.Result.DeviceName, NeedsAttention = run.Notes.Count > 0 || note is not null };
            },
            cancellationToken);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        this.cache.Dispose();
        foreach (Upscaler upscaler in this.upscalers.Values)
        {
            upscaler.Dispose();
        }

        this.sessions.Dispose();
    }

    // The ComputeSharp stages for the device option; they fall back to the CPU stages by themselves (one warning).
    private static UpscaleConfiguration GpuConfiguration(DeviceKind device, Action<string> warning)
    {
        GpuStages gpu = GpuStages.Create(device, Environment.ProcessorCount, warning);
        return new UpscaleConfiguration { Preprocessor = gpu.Preprocessor, Blender = gpu.Blender, Postprocessor = gpu.Postprocessor, Warning = warning };
    }

    // One pipeline per device option, sharing the inference sessions: GPU attempts get the GPU stages.
    private Upscaler UpscalerFor(DeviceKind device)
    {
        if (!this.upscalers.TryGetValue(device, out Upscaler? upscaler))
        {
            upscaler = new Upscaler(this.createConfiguration(device, this.warnings.Add), this.sessions);
            this.upscalers[device] = upscaler;
        }

        return upscaler;
    }

    private static UpscaleOptions Options(ModelDescriptor model, UpscaleSettings s, DeviceKind device, TileSizeOption tile, int? width, int? height) => new()
    {
        Model = model,
        Scale = width is null && height is null ? s.Factor : null,
        TargetWidth = width,
        TargetHeight = height,
        Alpha = s.Alpha,
        Fidelity = s.Fidelity,
        Device = device,
        TileSize = tile,
    };

    // Everything that changes the pixels of a run. The overlay does not: the heat map is derived from the run.
    private static string Describe(ModelDescriptor model, UpscaleSettings s, int? width, int? height)
        => string.Create(CultureInfo.InvariantCulture, $"{model.Id}|{s.Preset.Id}|{s.Fidelity.Strength}|{s.Cleanup?.Output.ToString() ?? "no clean-up"}|{s.Factor}|{width}|{height}|{s.Alpha}|{s.Device}|{s.TileSize}");
}
