// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Globalization;
using PdnUpscale.Core.Cleanup;
using PdnUpscale.Core.Content;
using PdnUpscale.Core.Errors;
using PdnUpscale.Core.Explain;
using PdnUpscale.Core.Fidelity;
using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Inference;
using PdnUpscale.Core.Models;
using PdnUpscale.Core.Pipeline;
using PdnUpscale.Core.Presets;

namespace PdnUpscale.Core.Upscaling;

/// <summary>
/// The one use case both hosts run: takes an image and an <see cref="UpscaleRequest"/>, applies every rule
/// (the preset's model and fidelity, a chosen model, denoise variants, the small-text rule, scan clean-up,
/// the device retry policy, provenance, the heat map) and returns an <see cref="UpscaleOutcome"/>. Keep one
/// instance per host: it caches inference sessions across images. Runs one image at a time.
/// </summary>
public sealed class UpscaleService : IDisposable
{
    private readonly ModelLibrary models;
    private readonly Func<DeviceKind, Action<string>, UpscaleConfiguration> configurationFor;
    private readonly ITileSessionFactory sessions;
    private readonly Dictionary<DeviceKind, Upscaler> pipelines = [];
    private readonly List<string> runNotes = [];
    private int? parallelism;

    /// <summary>Initializes a new instance of the <see cref="UpscaleService"/> class with ONNX Runtime and Core's CPU stages.</summary>
    /// <param name="models">The models the host knows.</param>
    /// <param name="configuration">The limits and parallelism, or null for <see cref="UpscaleConfiguration.Default"/>.</param>
    public UpscaleService(ModelLibrary models, UpscaleConfiguration? configuration = null)
        : this(
            models,
            (_, warn) => (configuration ?? UpscaleConfiguration.Default) with { Warning = warn },
            warn => new OnnxTileSessionFactory((configuration ?? UpscaleConfiguration.Default).MaxDegreeOfParallelism, warn))
    {
    }

    /// <summary>Initializes a new instance of the <see cref="UpscaleService"/> class with given stages.</summary>
    /// <param name="models">The models the host knows.</param>
    /// <param name="configurationFor">
    /// The pipeline configuration for a device (the GPU project supplies ComputeSharp stages for GPU attempts),
    /// given the sink its warnings must go to so that they reach <see cref="UpscaleOutcome.Notes"/>.
    /// </param>
    /// <param name="createSessions">Creates the inference stage, given the same sink; the service owns and disposes it.</param>
    public UpscaleService(ModelLibrary models, Func<DeviceKind, Action<string>, UpscaleConfiguration> configurationFor, Func<Action<string>, ITileSessionFactory> createSessions)
    {
        ArgumentNullException.ThrowIfNull(models);
        ArgumentNullException.ThrowIfNull(configurationFor);
        ArgumentNullException.ThrowIfNull(createSessions);
        this.models = models;
        this.configurationFor = configurationFor;
        this.sessions = createSessions(this.runNotes.Add);
    }

    /// <summary>Gets the models the host knows.</summary>
    public ModelLibrary Models => this.models;

    /// <summary>Enlarges one image as the request says.</summary>
    /// <param name="source">The straight-alpha BGRA8 image; it is not modified.</param>
    /// <param name="request">What the user asked for.</param>
    /// <param name="progress">Receives tiles done/total and an ETA, or null.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The outcome; the caller disposes it.</returns>
    /// <exception cref="OperationCanceledException">The upscale was cancelled.</exception>
    /// <exception cref="UpscaleException">The request or the image is invalid.</exception>
    /// <exception cref="UpscaleException">The model is missing, corrupt or failed to run on every device.</exception>
    public UpscaleOutcome Run(Bgra32Image source, UpscaleRequest request, IProgress<UpscaleProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(request);
        this.runNotes.Clear();
        (UpscalePreset preset, ContentChoice? content) = ChoosePreset(source, request, cancellationToken);
        if (request.Fidelity is double f && !(f >= 0 && f <= 1))
        {
            throw new UpscaleException(UpscaleErrorKind.InvalidInput, string.Create(CultureInfo.InvariantCulture, $"The fidelity must be between 0 and 1, not {f}."));
        }

        if (request.Detail is double d && !(d >= 0 && d <= 1))
        {
            throw new UpscaleException(UpscaleErrorKind.InvalidInput, string.Create(CultureInfo.InvariantCulture, $"The detail must be between 0 and 1, not {d}."));
        }

        if (request.ScanCleanup is not null && !preset.OffersScanCleanup)
        {
            throw new UpscaleException(UpscaleErrorKind.InvalidInput, $"Scan clean-up is for text and scans; the {preset.Name} preset does not offer it.");
        }

        FidelityOptions chosen = preset.FidelityWith(request.Fidelity) with { Detail = request.Detail ?? preset.Fidelity.Detail };
        (int? denoise, string? compressionNote) = (request.DenoiseLevel, null);
        if (request.Model is null && request.DenoiseLevel is null && preset.Compression is { } rule)
        {
            // The preset's rule for compressed inputs speaks for its own model, like the small-text rule.
            (chosen, denoise, compressionNote) = rule.Decide(chosen, request.InputJpeg, () => Blockiness.Measure(source, cancellationToken));
        }

        (ModelDescriptor model, string? denoiseNote) = this.models.WithDenoiseLevel(this.models.Resolve(request.Model ?? preset.ModelId), denoise);
        FidelityOptions? fidelity = chosen.Strength > 0 || chosen.ClampToInputRange || chosen.Detail < 1 ? chosen : null;
        ScanCleanupOptions? cleanup = request.ScanCleanup is ScanOutput output ? preset.ScanCleanupWith(output, request.Deskew) : null;

        Bgra32Image? cleaned = cleanup is null ? null : source.Clone();
        UpscaleResult? result = null;
        try
        {
            double skew = cleaned is null ? 0 : ScanCleanup.Prepare(cleaned, cleanup!, this.Parallelism, cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
            Bgra32Image input = cleaned ?? source;
            var options = new UpscaleOptions
            {
                Model = model,
                Scale = request.Scale,
                TargetWidth = request.TargetWidth,
                TargetHeight = request.TargetHeight,
                TileSize = request.Tile,
                Device = request.Device,
                Precision = request.Precision,
                Alpha = request.Alpha,
                Fidelity = fidelity,
            };

            // The preset's small-text rule speaks for the preset's own model; a model the user chose always runs.
            string? plainNote = null;
            if (request.Model is null)
            {
                (options, plainNote) = preset.ForInput(input, options, CompressedInput.FromFile(request.InputJpeg), cancellationToken);
            }

            var notes = new List<string>();
            notes.AddRange(new[] { compressionNote, denoiseNote, plainNote }.OfType<string>());
            result = this.RunOnBestDevice(input, options, notes, progress, cancellationToken);
            if (cleanup is not null)
            {
                ScanCleanup.Finish(result.Image, cleanup, cancellationToken);
            }

            var outcome = new UpscaleOutcome(source, result, cleaned, this.Parallelism)
            {
                Preset = preset,
                Content = content,
                Model = options.PlainResampling ? null : model,
                Fidelity = options.PlainResampling ? null : fidelity,
                Cleanup = cleanup,
                StraightenedDegrees = skew,
                Notes = [.. notes, .. this.runNotes.Distinct()],
            };
            if (request.Explain)
            {
                try
                {
                    outcome.InventedDetail(source, cancellationToken);
                }
                catch
                {
                    outcome.Dispose();
                    throw;
                }
            }

            return outcome;
        }
        catch
        {
            result?.Dispose();
            cleaned?.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The preset a request names; or, when it names none or <see cref="UpscalePresets.AutoId"/>, text and scans
    /// for scan clean-up, else the one the picture's content calls for.
    /// </summary>
    private static (UpscalePreset Preset, ContentChoice? Content) ChoosePreset(Bgra32Image source, UpscaleRequest request, CancellationToken cancellationToken)
    {
        if (!UpscalePresets.IsAutomatic(request.Preset))
        {
            return (UpscalePresets.Find(request.Preset!) ?? throw new UpscaleException(UpscaleErrorKind.InvalidInput, $"'{request.Preset}' is not a preset; choose {UpscalePresets.AutoId}, {string.Join(", ", UpscalePresets.All.Select(p => p.Id))}."), null);
        }

        if (request.ScanCleanup is not null)
        {
            return (UpscalePresets.ForScanCleanup, null);
        }

        ContentChoice content = ContentClassifier.Classify(source, cancellationToken);
        return (UpscalePresets.For(content.Kind), content);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (Upscaler pipeline in this.pipelines.Values)
        {
            pipeline.Dispose();
        }

        this.sessions.Dispose();
    }

    // The retry policy's outer half: a run that fails on the GPU in any way (device lost, out of memory on
    // every tile the job tried, an operator DirectML lacks, a driver error) runs again on the CPU, once.
    // Cancellation and bad input are never retried, and a run that was on the CPU already is not repeated.
    private UpscaleResult RunOnBestDevice(Bgra32Image input, UpscaleOptions options, List<string> notes, IProgress<UpscaleProgress>? progress, CancellationToken cancellationToken)
    {
        if (options.PlainResampling || this.sessions.Resolve(options.Device) == DeviceKind.Cpu)
        {
            return this.PipelineFor(DeviceKind.Cpu).Run(input, options with { Device = DeviceKind.Cpu }, progress, cancellationToken);
        }

        try
        {
            return this.PipelineFor(options.Device).Run(input, options, progress, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException and not UpscaleException { Kind: UpscaleErrorKind.InvalidInput })
        {
            this.sessions.Evict(options.Model);
            notes.Add($"The GPU (DirectML) failed, so the image was enlarged on the CPU instead: {e.Message.Split('\n', 2)[0].Trim()}");
            return this.PipelineFor(DeviceKind.Cpu).Run(input, options with { Device = DeviceKind.Cpu }, progress, cancellationToken);
        }
    }

    // The CPU stages around the pipeline (scan clean-up, the heat map) use as many threads as the pipelines'
    // configuration allows; before any pipeline exists, the CPU configuration says how many.
    private int Parallelism => this.parallelism ??= this.pipelines.Values.FirstOrDefault()?.MaxDegreeOfParallelism
        ?? this.configurationFor(DeviceKind.Cpu, this.runNotes.Add).MaxDegreeOfParallelism;

    private Upscaler PipelineFor(DeviceKind device)
    {
        if (!this.pipelines.TryGetValue(device, out Upscaler? pipeline))
        {
            pipeline = new Upscaler(this.configurationFor(device, this.runNotes.Add), this.sessions);
            this.pipelines[device] = pipeline;
        }

        return pipeline;
    }
}
