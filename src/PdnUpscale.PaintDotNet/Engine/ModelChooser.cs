// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Globalization;
using System.Text;
using PdnUpscale.Core.Models;

namespace PdnUpscale.PaintDotNet.Engine;

/// <summary>
/// Turns the dialog's content kind, model and denoise choices into one installed model. Preferences are
/// lists of catalog ids, best first; the first installed one wins, so a plugin with only the two committed
/// models still works and one with the full zoo (models/fetch) gets the specialist models.
/// </summary>
public sealed class ModelChooser
{
    /// <summary>Initializes a new instance of the <see cref="ModelChooser"/> class.</summary>
    /// <param name="models">The known models; only installed ones (with an ONNX path) are offered.</param>
    public ModelChooser(IEnumerable<ModelDescriptor> models)
        => this.Installed = [.. models.Where(m => m.OnnxPath is not null && File.Exists(m.OnnxPath))];

    /// <summary>Gets the installed models in catalog order.</summary>
    public IReadOnlyList<ModelDescriptor> Installed { get; }

    /// <summary>Chooses the model for a set of settings.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="note">Why a requested model or denoise level was not used, or null.</param>
    /// <returns>The model, or null when none is installed.</returns>
    public ModelDescriptor? Choose(UpscaleSettings settings, out string? note)
    {
        note = null;
        ModelDescriptor? chosen = settings.ModelId is null ? null : this.Find(settings.ModelId);
        if (settings.ModelId is not null && chosen is null)
        {
            note = $"The model '{settings.ModelId}' is not installed; using the default for the content instead.";
        }

        chosen ??= PreferredIds(settings).Select(this.Find).FirstOrDefault(m => m is not null) ?? (this.Installed.Count > 0 ? this.Installed[0] : null);
        if (chosen is null || settings.DenoiseLevel is not int level || chosen.DenoiseLevel is null || chosen.DenoiseLevel == level)
        {
            return chosen;
        }

        ModelDescriptor? sibling = this.Installed.FirstOrDefault(m => IsSibling(m, chosen) && m.DenoiseLevel == level);
        note ??= sibling is null ? $"{chosen.Name} has no installed variant with denoise level {level}; using its own level {chosen.DenoiseLevel}." : null;
        return sibling ?? chosen;
    }

    /// <summary>Describes every installed model with its license, for the dialog's help text.</summary>
    /// <returns>One paragraph per model.</returns>
    public string DescribeInstalled()
    {
        var text = new StringBuilder();
        foreach (ModelDescriptor m in this.Installed)
        {
            text.Append(CultureInfo.InvariantCulture, $"{m.Name} [{m.Id}]: {m.Description} Native scale {m.Geometry.Scale}×");
            text.Append(m.DenoiseLevel is int d ? string.Create(CultureInfo.InvariantCulture, $", denoise level {d}") : string.Empty);
            text.Append(CultureInfo.InvariantCulture, $". License: {m.License}.\n\n");
        }

        return text.Length == 0 ? "No model is installed: the plugin folder's 'models' folder is missing." : text.ToString().TrimEnd();
    }

    private static IEnumerable<string> PreferredIds(UpscaleSettings settings)
    {
        // Core's preset (chosen from measured quality) first; then specialists, when installed.
        int n = Math.Clamp((int)Math.Ceiling(settings.Factor ?? 4), 2, 4);
        IEnumerable<string> specialists = settings.Content switch
        {
            ContentKind.ArtAndGraphics => [$"realesr-animevideov3-x{n}", $"realcugan-{n}x-conservative", "realesr-animevideov3-x4", "realesr-animevideov3-x2", "realesrgan-x4plus-anime"],
            ContentKind.TextAndScans => ["waifu2x-cunet-2x-noise1", "realcugan-2x-conservative", "realesr-general-x4v3"],
            _ => ["realesr-general-x4v3", "realesrgan-x4plus"],
        };
        return specialists.Prepend(settings.Preset.ModelId);
    }

    // Variants of one model differ only in their denoise suffix: same family, scale and first two id parts.
    private static bool IsSibling(ModelDescriptor a, ModelDescriptor b)
        => a.Family == b.Family && a.Geometry.Scale == b.Geometry.Scale && Stem(a.Id) == Stem(b.Id);

    private static string Stem(string id) => string.Join('-', id.Split('-').Take(2));

    private ModelDescriptor? Find(string id) => this.Installed.FirstOrDefault(m => m.Id == id);
}
