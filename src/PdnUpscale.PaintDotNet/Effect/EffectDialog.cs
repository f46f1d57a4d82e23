// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Globalization;
using PaintDotNet.IndirectUI;
using PaintDotNet.PropertySystem;
using PdnUpscale.Core.Cleanup;
using PdnUpscale.Core.Inference;
using PdnUpscale.Core.Models;
using PdnUpscale.Core.Pipeline;
using PdnUpscale.Core.Presets;
using PdnUpscale.PaintDotNet.Engine;
using static PdnUpscale.PaintDotNet.Effect.EffectProperties;

namespace PdnUpscale.PaintDotNet.Effect;

/// <summary>The IndirectUI labels and texts of the dialog.</summary>
internal static class EffectDialog
{
    /// <summary>Labels the controls.</summary>
    /// <param name="ui">The default UI for the properties.</param>
    /// <param name="models">The installed models.</param>
    /// <param name="canvasSummary">Which workflow the current layer is ready for.</param>
    /// <returns>The same UI.</returns>
    public static ControlInfo Configure(ControlInfo ui, ModelLibrary models, string canvasSummary)
    {
        Label(ui, Names.Workflow, "Output", canvasSummary, (OutputWorkflow.EnlargedCanvas, "Enlarged canvas (fill this layer)"), (OutputWorkflow.NewImage, "New image (clipboard, layer unchanged)"));
        Label(ui, Names.Content, "What are you upscaling?", "Picks the model, fidelity and detail measured best for it. Automatic decides from the picture and says what it chose.", (ContentKind.Automatic, "Automatic (decide from the picture)"), (ContentKind.Photo, "Photo"), (ContentKind.ArtAndGraphics, "Art & graphics"), (ContentKind.TextAndScans, "Text & scans"));
        Label(ui, Names.ScanCleanup, "Scan clean-up (Text & scans; Automatic then treats the picture as text)", "Even out the paper to white and remove specks before enlarging");
        Label(ui, Names.ScanOutput, "Cleaned-up scan in", null, (ScanOutput.Color, "Colour"), (ScanOutput.Grayscale, "Grayscale"), (ScanOutput.BlackAndWhite, "Black and white"));
        Label(ui, Names.Model, "Model", "Descriptions and licenses of the installed models are in the help (?) text.", [(AutomaticModel, "Automatic (from the content)"), .. models.Installed.Select(m => ((object)m.Id, $"{m.Name} — {m.License}"))]);
        Label(ui, Names.Scale, "Scale", null, (ScaleMode.Times2, "2×"), (ScaleMode.Times3, "3×"), (ScaleMode.Times4, "4×"), (ScaleMode.Percent, "Custom percent"), (ScaleMode.TargetWidth, "Target width (new image)"), (ScaleMode.TargetHeight, "Target height (new image)"));
        Label(ui, Names.Percent, "Percent", null);
        Label(ui, Names.TargetWidth, "Target width (pixels)", null);
        Label(ui, Names.TargetHeight, "Target height (pixels)", null);
        Label(ui, Names.Denoise, "Denoise", "Used when the model family comes in denoise levels (Real-CUGAN, waifu2x) and that level is installed.", (DenoiseChoice.ModelDefault, "Model default"), (DenoiseChoice.Conservative, "Conservative"), (DenoiseChoice.None, "None"), (DenoiseChoice.Low, "Low"), (DenoiseChoice.Medium, "Medium"), (DenoiseChoice.High, "High"));
        Label(ui, Names.Alpha, "Transparency", null, (AlphaMode.Model, "Sharp (through the model)"), (AlphaMode.Fast, "Fast (smooth resize)"));
        Label(ui, Names.Device, $"Device ({Edition.Name})", DeviceHelp, [.. Edition.Devices.Select(d => ((object)d, DeviceNames[d]))]);
        Label(ui, Names.Precision, "Number format on the CPU", PrecisionHelp, (InferencePrecision.Auto, "Auto"), (InferencePrecision.Fp32, "fp32 (exact)"), (InferencePrecision.Int8, "int8 (faster)"));
        Label(ui, Names.UsePresetFidelity, "Fidelity and detail", "Use the values measured best for the content");
        Label(ui, Names.Fidelity, "Fidelity %", "0 keeps the model's raw output; 100 makes the result shrink back to your original, so the model invents less.");
        Label(ui, Names.Detail, "Detail %", "How much of the model's added detail is kept over a plain enlargement: lower it when the result looks plasticky. Fidelity still holds.");
        Label(ui, Names.ShowInventedDetail, "Check the result", $"{UpscaleEngine.OverlayOptionName} (heat map instead of the result; switch off before OK)");
        Label(ui, Names.TileSize, "Tile size (0 = automatic)", null);
        Label(ui, Names.SaveFolder, "Also save a PNG copy in (new image; empty = no copy)", null);
        ui.SetPropertyControlType(Names.Model, PropertyControlType.DropDown);
        ui.SetPropertyControlType(Names.SaveFolder, PropertyControlType.FolderChooser);
        return ui;
    }

    private static string DeviceHelp => Edition.HasGpu
        ? "GPU uses DirectML on the adapter Paint.NET renders with; on any GPU failure the tile is halved, then the CPU takes over, and you are told."
        : "This build of AI Upscale runs on the processor only: it has no DirectML and no GPU stages. The build with GPU support is made on Windows.";

    private static string PrecisionHelp => string.Create(
        CultureInfo.InvariantCulture,
        $"int8 runs the model several times faster on processors with VNNI, for models calibrated for it; Auto uses it only there and only for models whose int8 output measured within {Int8Calibration.MaxPsnrYLossDb} dB of fp32 and at least {Int8Calibration.MinSpeedUp}× faster. Applies to CPU inference only; the GPU runs the model file as it is.");

    private static Dictionary<DeviceChoice, string> DeviceNames => new() { [DeviceChoice.Auto] = "Auto", [DeviceChoice.Gpu] = "GPU", [DeviceChoice.Cpu] = "CPU" };

    /// <summary>Sets the window title and the help text.</summary>
    /// <param name="windowProperties">Paint.NET's window properties.</param>
    /// <param name="models">The installed models.</param>
    public static void ConfigureWindow(PropertyCollection windowProperties, ModelLibrary models)
    {
        windowProperties[ControlInfoPropertyNames.WindowTitle]!.Value = "AI Upscale";
        windowProperties[ControlInfoPropertyNames.WindowHelpContentType]!.Value = WindowHelpContentType.PlainText;
        windowProperties[ControlInfoPropertyNames.WindowHelpContent]!.Value = HelpText(models);
    }

    /// <summary>Gets the help text: both workflows, the presets' measured advice (e.g. when plain resampling reads small text better), then every installed model with its license.</summary>
    /// <param name="models">The installed models.</param>
    /// <returns>The text.</returns>
    public static string HelpText(ModelLibrary models)
        => "Enlarged canvas: Image → Canvas Size, By percentage (200 % for 2×), anchor top-left, OK; then this effect with the same scale fills the canvas with the upscaled original.\n\n"
        + "New image: the result goes to the clipboard; use Edit → Paste into New Image (Ctrl+Alt+V). This layer is not changed.\n\n"
        + "AI upscalers invent plausible detail; check faces and text before relying on them. \"" + UpscaleEngine.OverlayOptionName + "\" shows, instead of the result, the picture dimmed to grey with yellow to red where the result departs from a plain enlargement of your original: detail the model added. While it is on, OK keeps the heat map (on the layer, or on the clipboard for a new image): switch it off to get the upscaled picture.\n\n"
        + "Automatic looks at the picture (letters on plain paper, flat colour areas, texture and noise), picks Photo, Art & graphics or Text & scans, and says which and why under the result.\n\n"
        + "Detail: how much of the detail the model adds is kept over a plain enlargement; lower it if the result looks plasticky. Fidelity still holds at any detail.\n\n"
        + "Scan clean-up (Text & scans, or Automatic, which then treats the picture as text) evens out the paper to white, removes specks and straightens a tilted page before enlarging; Grayscale and Black and white drop the colour (black and white is thresholded at the new size).\n\n"
        + string.Concat(UpscalePresets.All.Where(p => p.Advice is not null).Select(p => $"{p.Name}: {p.Advice}\n\n"))
        + models.DescribeInstalled();

    private static void Label(ControlInfo ui, Names name, string displayName, string? description, params (object Value, string Text)[] values)
    {
        ui.SetPropertyControlValue(name, ControlInfoPropertyNames.DisplayName, displayName);
        if (description is not null)
        {
            ui.SetPropertyControlValue(name, ControlInfoPropertyNames.Description, description);
        }

        PropertyControlInfo? control = ui.FindControlForPropertyName(name);
        foreach ((object value, string text) in values)
        {
            control?.SetValueDisplayName(value, text);
        }
    }
}
