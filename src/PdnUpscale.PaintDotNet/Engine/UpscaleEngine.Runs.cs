// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Globalization;
using PdnUpscale.Core.Errors;
using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Pipeline;
using PdnUpscale.Core.Upscaling;

namespace PdnUpscale.PaintDotNet.Engine;

/// <content>The cached run and the new-image workflow.</content>
public sealed partial class UpscaleEngine
{
    private EffectPlan PrepareNewImage(Bgra32Image layer, UpscaleSettings settings, IResultClipboard? clipboard, CancellationToken cancellationToken)
    {
        int? width = settings.ScaleMode == ScaleMode.TargetWidth ? settings.TargetWidth : null;
        int? height = settings.ScaleMode == ScaleMode.TargetHeight ? settings.TargetHeight : null;
        return this.Upscale(layer, settings, settings.ToRequest(width, height), (key, outcome, message) =>
        {
            (Bgra32Image image, message) = Shown(outcome, layer, settings, message, cancellationToken);
            string shownKey = settings.ShowInventedDetail ? key + "|invented-detail" : key;
            string? saved = null;
            if (clipboard is not null && shownKey != this.clipboardKey)
            {
                clipboard.SetImage(image);
                this.clipboardKey = shownKey;
            }

            if (settings.ShowInventedDetail && !string.IsNullOrWhiteSpace(settings.SaveFolder))
            {
                message += " No PNG copy is saved while the heat map is shown.";
            }
            else if (!string.IsNullOrWhiteSpace(settings.SaveFolder))
            {
                try
                {
                    string stem = string.Create(CultureInfo.InvariantCulture, $"{outcome.Model?.Id ?? "bicubic"}-{image.Width}x{image.Height}-{key[..8]}");
                    saved = NewImageExport.SavePng(image, outcome.DescribeIn(new ImageMetadata { HasAlpha = true }), settings.SaveFolder, stem);
                    message += $" Saved a copy as {saved}.";
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or DllNotFoundException)
                {
                    message += $" The PNG copy could not be saved in {settings.SaveFolder}: {e.Message}";
                }
            }

            string what = settings.ShowInventedDetail ? "The heat map" : "The result";
            string where = clipboard is null ? $"{what} is ready" : $"{what} is on the clipboard: use Edit → Paste into New Image (Ctrl+Alt+V)";
            return new EffectPlan { Outcome = EffectOutcome.NewImage, Message = $"{where}; this layer is unchanged. {message}", NewImage = image, SavedPath = saved, DeviceName = outcome.Result.DeviceName, NeedsAttention = outcome.Notes.Count > 0 };
        }, cancellationToken);
    }

    private EffectPlan Upscale(Bgra32Image source, UpscaleSettings settings, UpscaleRequest request, Func<string, UpscaleOutcome, string, EffectPlan> finish, CancellationToken cancellationToken)
    {
        // Everything that changes the pixels of a run is in the request; the heat map is derived from the run.
        string key = ResultCache.KeyFor(source, (request with { Explain = false }).ToString());
        try
        {
            UpscaleOutcome? outcome = this.cache.TryGet(key);
            if (outcome is null)
            {
                outcome = this.service.Run(source, request, null, cancellationToken);
                this.cache.Add(key, outcome);
            }

            return finish(key, outcome, Summarize(outcome, this.DirectMLDeviceId));
        }
        catch (OperationCanceledException)
        {
            return EffectPlan.Unchanged(EffectOutcome.Cancelled, "The upscale was cancelled; nothing was changed.");
        }
        catch (Exception e) when (e is UpscaleException or IOException or UnauthorizedAccessException or OutOfMemoryException)
        {
            return EffectPlan.Unchanged(EffectOutcome.Failed, $"The upscale failed: {e.Message} Nothing was changed.");
        }
    }
}
