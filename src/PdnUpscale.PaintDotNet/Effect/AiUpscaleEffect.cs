// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PaintDotNet;
using PaintDotNet.AppModel;
using PaintDotNet.Effects;
using PaintDotNet.Imaging;
using PaintDotNet.IndirectUI;
using PaintDotNet.PropertySystem;
using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Models;
using PdnUpscale.PaintDotNet.Engine;

namespace PdnUpscale.PaintDotNet.Effect;

// Effects → Photo → "AI Upscale…". Deliberately thin: it converts between Paint.NET and the host-neutral
// UpscaleEngine. Inference runs once per settings change in OnSetToken (Paint.NET calls it on a worker thread
// with the dialog still responsive, and cancels it through CancellationToken); OnRender only copies tiles.
// Effects have no progress API, so Paint.NET's bar moves only while the cached tiles are copied.

/// <summary>The Paint.NET effect "AI Upscale".</summary>
[PluginSupportInfo(typeof(PluginSupportInfo))]
public sealed class AiUpscaleEffect : PropertyBasedBitmapEffect
{
    private readonly Lock sync = new();
    private ModelLibrary? models;
    private UpscaleEngine? engine;
    private Bgra32Image? layer;
    private EffectPlan? plan;
    private string? lastReported;

    /// <summary>Initializes a new instance of the <see cref="AiUpscaleEffect"/> class.</summary>
    public AiUpscaleEffect()
        : base("AI Upscale", SubmenuNames.Photo, BitmapEffectOptions.Create() with { IsConfigurable = true })
    {
    }

    private ModelLibrary Models => this.models ??= PluginFolder.LoadModels();

    /// <inheritdoc/>
    protected override PropertyCollection OnCreatePropertyCollection() => EffectProperties.Create(this.Models);

    /// <inheritdoc/>
    protected override ControlInfo OnCreateConfigUI(PropertyCollection props)
        => EffectDialog.Configure(CreateDefaultConfigUI(props), this.Models, this.DescribeCanvas());

    /// <inheritdoc/>
    protected override void OnCustomizeConfigUIWindowProperties(PropertyCollection props)
    {
        EffectDialog.ConfigureWindow(props, this.Models);
        base.OnCustomizeConfigUIWindowProperties(props);
    }

    /// <inheritdoc/>
    protected override void OnSetToken(PropertyBasedEffectConfigToken? newToken)
    {
        if (newToken is null)
        {
            base.OnSetToken(newToken);
            return;
        }

        lock (this.sync)
        {
            try
            {
                this.layer ??= PdnBitmaps.Read(this.Environment.GetSourceBitmapBgra32());
                this.engine ??= this.CreateEngine();
                var clipboard = this.Services.GetService(typeof(IClipboardService)) is IClipboardService service
                    ? new PdnBitmaps.Clipboard(service, this.Environment.ImagingFactory)
                    : null;
                this.plan = this.engine.Prepare(this.layer, EffectProperties.Read(newToken), clipboard, this.CancellationToken);
            }
            catch (OperationCanceledException)
            {
                this.plan = EffectPlan.Unchanged(EffectOutcome.Cancelled, "The upscale was cancelled; nothing was changed.");
            }
            catch (Exception e)
            {
                // The host's boundary: whatever failed (the clipboard, a GPU driver, a bug), an earlier result must
                // not stay on the layer and Paint.NET must not see an exception from the effect.
                this.plan = EffectPlan.Unchanged(EffectOutcome.Failed, $"The upscale failed: {e.Message} This layer is unchanged.");
            }

            if (this.plan.NeedsAttention)
            {
                this.Report(this.plan.Message);
            }
        }

        base.OnSetToken(newToken);
    }

    /// <inheritdoc/>
    protected override void OnRender(IBitmapEffectOutput output)
    {
        if (this.IsCancelRequested || this.layer is null)
        {
            return;
        }

        using IBitmapLock<ColorBgra32> destination = output.LockBgra32();
        PdnBitmaps.CopyRegion(this.plan?.LayerImage ?? this.layer, output.Bounds, destination);
    }

    private UpscaleEngine CreateEngine()
    {
        if (NativeLibraries.Prepare(PluginFolder.Path) is string warning)
        {
            this.Report(warning);
        }

        return new UpscaleEngine(this.Models, PluginFolder.AdapterIndex(this.Services));
    }

    // Paint.NET has no status line for effects: problems go to its error dialog, each message once.
    private void Report(string message)
    {
        if (message != this.lastReported)
        {
            this.lastReported = message;
            (this.Services.GetService(typeof(IExceptionDialogService)) as IExceptionDialogService)?.ShowErrorDialog(null, message, string.Empty);
        }
    }

    // The dialog says up front which workflow the layer is ready for. Whether Paint.NET has set Environment
    // when it builds the dialog is not documented (it has in pdn-gmic's OnCreateConfigForm); if not, the
    // check still runs, and reports, when the effect renders.
    private string DescribeCanvas()
    {
        try
        {
            using Bgra32Image current = PdnBitmaps.Read(this.Environment.GetSourceBitmapBgra32());
            return CanvasSummary.Describe(current);
        }
        catch (Exception e) when (e is InvalidOperationException or NullReferenceException or ObjectDisposedException)
        {
            return "Enlarged canvas needs Image → Canvas Size by the chosen factor, anchored top-left, before this effect.";
        }
    }

    /// <inheritdoc/>
    protected override void OnDispose(bool disposing)
    {
        if (disposing)
        {
            this.engine?.Dispose();
            this.layer?.Dispose();
        }

        base.OnDispose(disposing);
    }
}
