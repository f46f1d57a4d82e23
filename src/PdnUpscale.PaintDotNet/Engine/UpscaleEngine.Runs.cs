// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Globalization;
using PdnUpscale.Core.Errors;
using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Inference;
using PdnUpscale.Core.Models;
using PdnUpscale.Core.Pipeline;

namespace PdnUpscale.PaintDotNet.Engine;

/// <content>The cached, device-falling-back run and the new-image workflow.</content>
public sealed partial class UpscaleEngine
{
    private EffectPlan PrepareNewImage(Bgra32Image layer, UpscaleSettings settings, ModelDescriptor model, string? note, IResultClipboard? clipboard, CancellationToken cancellationToken)
    {
        int? width = settings.ScaleMode == ScaleMode.TargetWidth ? settings.TargetWidth : null;
        int? height = settings.ScaleMode == ScaleMode.TargetHeight ? settings.TargetHeight : null;
        return this.Upscale(layer, settings, model, note, (d, t) => Options(model, settings, d, t, width, height), (key, run, message) =>
        {
            (Bgra32Image image, message) = Shown(run, layer, settings, message, cancellationToken);
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
                    saved = NewImageExport.SavePng(image, settings.SaveFolder, string.Create(CultureInfo.InvariantCulture, $"{model.Id}-{image.Width}x{image.Height}-{key[..8]}"));
                    message += $" Saved a copy as {saved}.";
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or DllNotFoundException)
                {
                    message += $" The PNG copy could not be saved in {settings.SaveFolder}: {e.Message}";
                }
            }

            string what = settings.ShowInventedDetail ? "The heat map" : "The result";
            string where = clipboard is null ? $"{what} is ready" : $"{what} is on the clipboard: use Edit → Paste into New Image (Ctrl+Alt+V)";
            return new EffectPlan { Outcome = EffectOutcome.NewImage, Message = $"{where}; this layer is unchanged. {message}", NewImage = image, SavedPath = saved, DeviceName = run.Result.DeviceName, NeedsAttention = run.Notes.Count > 0 || note is not null };
        }, cancellationToken);
    }

    private EffectPlan Upscale(Bgra32Image source, UpscaleSettings settings, ModelDescriptor model, string? note, Func<DeviceKind, TileSizeOption, UpscaleOptions> createOptions, Func<string, UpscaleRun, string, EffectPlan> finish, CancellationToken cancellationToken)
    {
        UpscaleOptions probe = createOptions(DeviceKind.Cpu, settings.TileOption);
        string key = ResultCache.KeyFor(source, Describe(model, settings, probe.TargetWidth, probe.TargetHeight));
        UpscaleRun? run = this.cache.TryGet(key);
        if (run is null)
        {
            this.warnings.Clear();
            try
            {
                run = this.RunFresh(source, settings, createOptions, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return EffectPlan.Unchanged(EffectOutcome.Cancelled, "The upscale was cancelled; nothing was changed.");
            }
            catch (Exception e) when (e is UpscaleException or IOException or UnauthorizedAccessException or OutOfMemoryException)
            {
                return EffectPlan.Unchanged(EffectOutcome.Failed, $"The upscale failed: {e.Message} Nothing was changed.");
            }

            this.cache.Add(key, run);
        }

        return finish(key, run, this.Summarize(model, run, note));
    }

    private string Summarize(ModelDescriptor model, UpscaleRun run, string? note)
    {
        UpscaleResult r = run.Result;
        string device = r.DeviceName == "DirectML" && this.DirectMLDeviceId is int id ? $"the GPU (DirectML, adapter {id})" : r.DeviceName == "DirectML" ? "the GPU (DirectML)" : "the CPU";
        string text = string.Create(CultureInfo.InvariantCulture, $"{model.Name} made {r.Image.Width}×{r.Image.Height} pixels on {device} with {r.TileSize}-pixel tiles.");
        IEnumerable<string> extra = note is null ? run.Notes : [note, .. run.Notes];
        return string.Join(' ', extra.Prepend(text));
    }
}
