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
    /// Gets the text and scans preset: the general model, faithful, with the anti-halo clamp. On a real
    /// photographed page it read (Tesseract) better than bicubic at 2×, 3× and 4×; on small rendered text
    /// (7–12 px) plain bicubic read better at every scale, so <see cref="UpscalePreset.Advice"/> says so.
    /// </summary>
    public static UpscalePreset Text { get; } = new()
    {
        Id = "text",
        Name = "Text & scans",
        Description = "Text, documents and scans: sharper letters kept faithful to the original, with optional page clean-up.",
        ModelId = "realesr-general-x4v3",
        Fidelity = new FidelityOptions { Strength = 1, Kernel = DownscaleKernel.Bicubic, ClampToInputRange = true },
        OffersScanCleanup = true,
        Advice = "Measured: on small printed text (letters 7 to 12 pixels high) a plain bicubic resize was read by OCR with fewer errors than this preset at 2×, 3× and 4× (2.3 to 3.6 % of characters wrong, against 5.7 to 5.9 %); use a plain resize when the text must be machine-read exactly. On a real scanned page this preset read better than bicubic, and scan clean-up helped most of all.",
    };

    /// <summary>Gets every preset, in the order hosts show them.</summary>
    public static IReadOnlyList<UpscalePreset> All { get; } = [Photo, Art, Text];

    /// <summary>Finds a preset by id (case-insensitive).</summary>
    /// <param name="id">The id.</param>
    /// <returns>The preset, or null.</returns>
    public static UpscalePreset? Find(string id) => All.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.OrdinalIgnoreCase));
}
