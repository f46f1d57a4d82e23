// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Fidelity;

namespace PdnUpscale.Core.Presets;

/// <summary>
/// The built-in presets. Every value here was chosen from the quality harness's tables
/// (<c>bench/quality/run</c>, recorded in <c>docs/QUALITY.md</c>); change them only with new figures.
/// </summary>
public static class UpscalePresets
{
    /// <summary>Gets the photo preset: the general model, fully faithful to the input.</summary>
    public static UpscalePreset Photo { get; } = new()
    {
        Id = "photo",
        Name = "Photo",
        Description = "Photos: sharper than plain enlarging, but kept faithful to the original (shrunk back, it matches the input).",
        ModelId = "realesr-general-x4v3",
        Fidelity = new FidelityOptions { Strength = 1, Kernel = DownscaleKernel.Bicubic },
    };

    /// <summary>
    /// Gets the art and graphics preset: waifu2x CUnet 2× as it comes out of the model. On line art it was
    /// the most accurate of all 31 catalog models and plain methods (+6 to +11 dB PSNR-Y over the former
    /// preset, <c>realesr-animevideov3-x2</c> with fidelity 1 and the clamp) with less overshoot than bicubic
    /// at 2×, 3× and 4×; back-projection and the clamp only cost it accuracy there.
    /// </summary>
    public static UpscalePreset Art { get; } = new()
    {
        Id = "art",
        Name = "Art & graphics",
        Description = "Drawings, logos and graphics: crisp lines and flat colours, without halos.",
        ModelId = "waifu2x-cunet-2x",
        Fidelity = new FidelityOptions { Strength = 0, Kernel = DownscaleKernel.Bicubic },
    };

    /// <summary>
    /// Gets the text and scans preset: waifu2x CUnet 2×, fully faithful, and plain bicubic for letters of 6 px or
    /// less below 4×. On 36 rendered lines per scale (quality harness runs 6–8) every model variant misread 7-px
    /// type more than plain bicubic at 2× and 3× (CER 0.080–0.115 against 0.053–0.059), while on 9- and 12-px
    /// type, at 4× and on a real photographed page the model read as well or better; 7-px type measures 4–6 px
    /// with <see cref="Cleanup.LetterHeight"/>. With the rule, on 72 lines (run 10, each also shifted on the pixel
    /// grid): 65 / 83 / 101 characters misread of 3 528 against bicubic's 65 / 83 / 119 at 2× / 3× / 4×, 2–7×
    /// sharper; the page CER 0.231 / 0.217 / 0.214 against 0.268 / 0.258 / 0.264.
    /// </summary>
    public static UpscalePreset Text { get; } = new()
    {
        Id = "text",
        Name = "Text & scans",
        Description = "Text, documents and scans: sharper letters kept faithful to the original, with optional page clean-up.",
        ModelId = "waifu2x-cunet-2x",
        Fidelity = new FidelityOptions { Strength = 1, Kernel = DownscaleKernel.Bicubic },
        OffersScanCleanup = true,
        SmallText = new SmallTextRule(MaxLetterHeight: 6, ModelFromScale: 4),
        Advice = "Measured by OCR: 7-pixel type (letters measuring 6 pixels or less) reads best after plain bicubic resampling at 2× and 3×, so the preset enlarges such images without a model and says so; larger letters, 4× and real scans read as well or better with the model. Scan clean-up helps scans most of all.",
    };

    /// <summary>Gets the preset used when the user does not say what the picture is.</summary>
    public static UpscalePreset Default => Photo;

    /// <summary>Gets every preset, in the order hosts show them.</summary>
    public static IReadOnlyList<UpscalePreset> All { get; } = [Photo, Art, Text];

    /// <summary>Finds a preset by id (case-insensitive).</summary>
    /// <param name="id">The id.</param>
    /// <returns>The preset, or null.</returns>
    public static UpscalePreset? Find(string id) => All.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.OrdinalIgnoreCase));
}
