// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Cleanup;
using PdnUpscale.Core.Explain;
using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Inference;
using PdnUpscale.Core.Pipeline;

namespace PdnUpscale.PaintDotNet.Engine;

/// <content>Issue 7's quality options: scan clean-up around the run, and the invented-detail overlay.</content>
public sealed partial class UpscaleEngine
{
    /// <summary>The name of the overlay option, as the dialog shows it and the messages quote it.</summary>
    public const string OverlayOptionName = "Show invented detail";

    // Clean-up runs once, on a copy (the layer is never written), before the device chain and its retries,
    // exactly as the CLI does: Core's ScanCleanup.Prepare on the input, Finish on the enlarged result.
    private UpscaleRun RunFresh(Bgra32Image source, UpscaleSettings settings, Func<DeviceKind, TileSizeOption, UpscaleOptions> createOptions, CancellationToken cancellationToken)
    {
        ScanCleanupOptions? cleanup = settings.Cleanup;
        Bgra32Image? cleaned = cleanup is null ? null : source.Clone();
        try
        {
            if (cleanup is not null)
            {
                ScanCleanup.Prepare(cleaned!, cleanup, UpscaleConfiguration.Default.MaxDegreeOfParallelism, cancellationToken);
            }

            // Letters too small for any model (the text preset's measured rule) are enlarged plainly, unless the
            // user chose a model.
            Bgra32Image input = cleaned ?? source;
            string? plainNote = settings.ModelId is null ? settings.Preset.ForInput(input, createOptions(DeviceKind.Cpu, settings.TileOption), cancellationToken).Note : null;
            Func<DeviceKind, TileSizeOption, UpscaleOptions> run = plainNote is null ? createOptions : (device, tile) => createOptions(device, tile) with { PlainResampling = true };
            UpscaleRun fresh = this.chain.Run(input, settings, run, cancellationToken);
            if (cleanup is not null)
            {
                ScanCleanup.Finish(fresh.Result.Image, cleanup, cancellationToken);
            }

            string[] notes = plainNote is null ? [] : [plainNote];
            return fresh with { Notes = [.. fresh.Notes, .. this.warnings, .. notes], CleanedInput = cleaned };
        }
        catch
        {
            cleaned?.Dispose();
            throw;
        }
    }

    // What the user sees: the result, or (only while they ask for it) the heat map instead, with its figures
    // and a reminder that OK would keep the map.
    private static (Bgra32Image Image, string Message) Shown(UpscaleRun run, Bgra32Image source, UpscaleSettings settings, string message, CancellationToken cancellationToken)
    {
        if (!settings.ShowInventedDetail)
        {
            return (run.Result.Image, message);
        }

        InventedDetailMap map = run.Explain(source, cancellationToken);
        return (map.Image, $"{message} Showing the invented-detail heat map instead of the result: {map.Summary} Yellow to red marks detail the model added; switch off \"{OverlayOptionName}\" to get the upscaled picture.");
    }
}
