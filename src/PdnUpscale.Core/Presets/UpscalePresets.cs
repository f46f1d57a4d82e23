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
    /// Gets the text and scans preset: waifu2x CUnet 2×, fully faithful. Against the former setting (the general
    /// model, fidelity 1 and the clamp) it misread less on small rendered text (CER 0.047 / 0.042 / 0.044
    /// against 0.057 / 0.059 / 0.059 at 2× / 3× / 4×) and on a real photographed page (0.231 / 0.217 / 0.214
    /// against 0.244 / 0.231 / 0.251; bicubic 0.268 / 0.258 / 0.264). On small rendered text (7–12 px) plain
    /// bicubic still read best at every scale, so <see cref="UpscalePreset.Advice"/> says so.
    /// </summary>
    public static UpscalePreset Text { get; } = new()
    {
        Id = "text",
        Name = "Text & scans",
        Description = "Text, documents and scans: sharper letters kept faithful to the original, with optional page clean-up.",
        ModelId = "waifu2x-cunet-2x",
        Fidelity = new FidelityOptions { Strength = 1, Kernel = DownscaleKernel.Bicubic },
        OffersScanCleanup = true,
        Advice = "Measured: on small printed text (letters 7 to 12 pixels high) a plain bicubic resize was read by OCR with fewer errors than this preset at 2×, 3× and 4× (2.3 to 3.6 % of characters wrong, against 4.2 to 4.7 %); use a plain resize when the text must be machine-read exactly. On a real scanned page this preset read better than bicubic, and scan clean-up helped most of all.",
    };

    /// <summary>Gets every preset, in the order hosts show them.</summary>
    public static IReadOnlyList<UpscalePreset> All { get; } = [Photo, Art, Text];

    /// <summary>Finds a preset by id (case-insensitive).</summary>
    /// <param name="id">The id.</param>
    /// <returns>The preset, or null.</returns>
    public static UpscalePreset? Find(string id) => All.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.OrdinalIgnoreCase));
}
