// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Content;
using PdnUpscale.Core.Fidelity;

namespace PdnUpscale.Core.Presets;

/// <summary>
/// The built-in presets. Every value here was chosen from the quality harness's tables
/// (<c>bench/quality/run</c>, recorded in <c>docs/QUALITY.md</c>); change them only with new figures.
/// </summary>
public static class UpscalePresets
{
    /// <summary>
    /// Gets the photo preset: waifu2x CUnet 2×, fully faithful; for JPEG files below quality 80 or blocky pixels its
    /// denoise-level-2 sibling, held only to what the JPEG file says. On the harness's photos (issue 14, 4 skimage
    /// crops) it was above bicubic clean (+3.3 / +2.7 / +2.1 dB PSNR-Y at 2× / 3× / 4×, 1.8–2.4× sharper), on soft
    /// originals (+4.1 dB at 2×, +3.7 dB at 4×) and, with the denoising sibling and the JPEG-aware fidelity, on JPEG
    /// quality 30–70 (+0.8 to +1.5 dB); Real-ESRGAN's general model, the former setting, was 8 dB below bicubic on
    /// the soft originals and 0.1–0.6 dB below on the JPEG photos.
    /// </summary>
    public static UpscalePreset Photo { get; } = new()
    {
        Id = "photo",
        Name = "Photo",
        Description = "Photos: sharper than plain enlarging, but kept faithful to the original (shrunk back, it matches the input); JPEG artefacts removed.",
        ModelId = "waifu2x-cunet-2x",
        Fidelity = new FidelityOptions { Strength = 1, Kernel = DownscaleKernel.Bicubic },
        Compression = new CompressionRule(DenoiseLevel: 2),
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
    /// sharper; the page CER 0.231 / 0.217 / 0.214 against 0.268 / 0.258 / 0.264. For a JPEG file below quality 80,
    /// letters of 7 px or less are enlarged plainly at every scale: on the harness's 7- and 10-px lines saved as JPEG
    /// 50 the model misread 318 characters at 4× against bicubic's 204 (issue 14, run 11).
    /// </summary>
    public static UpscalePreset Text { get; } = new()
    {
        Id = "text",
        Name = "Text & scans",
        Description = "Text, documents and scans: sharper letters kept faithful to the original, with optional page clean-up.",
        ModelId = "waifu2x-cunet-2x",
        Fidelity = new FidelityOptions { Strength = 1, Kernel = DownscaleKernel.Bicubic },
        OffersScanCleanup = true,
        SmallText = new SmallTextRule(MaxLetterHeight: 6, ModelFromScale: 4, CompressedMaxLetterHeight: 7),
        Advice = "Measured by OCR: 7-pixel type (letters measuring 6 pixels or less) reads best after plain bicubic resampling at 2× and 3×, so the preset enlarges such images without a model and says so; larger letters, 4× and real scans read as well or better with the model. Scan clean-up helps scans most of all.",
    };

    /// <summary>Gets the preset a picture falls back to when automatic choice has nothing to go on: photo.</summary>
    public static UpscalePreset Default => Photo;

    /// <summary>The id that asks Core to decide from the picture (<see cref="ContentClassifier"/>, then <see cref="For"/>): the default.</summary>
    public const string AutoId = "auto";

    /// <summary>Gets the preset automatic choice takes when scan clean-up is asked for: clean-up is for pages.</summary>
    public static UpscalePreset ForScanCleanup => Text;

    /// <summary>Gets every preset, in the order hosts show them.</summary>
    public static IReadOnlyList<UpscalePreset> All { get; } = [Photo, Art, Text];

    /// <summary>Gets the preset for a kind of content, as automatic content choice (<see cref="ContentClassifier"/>) resolves it.</summary>
    /// <param name="kind">The kind of content.</param>
    /// <returns>The preset.</returns>
    public static UpscalePreset For(ContentKind kind) => kind switch
    {
        ContentKind.Art => Art,
        ContentKind.Text => Text,
        _ => Photo,
    };

    /// <summary>Gets a value indicating whether a preset id asks Core to decide from the picture: null or <see cref="AutoId"/>.</summary>
    /// <param name="id">The id a request gives, or null.</param>
    /// <returns>True for automatic content choice.</returns>
    public static bool IsAutomatic(string? id) => id is null || string.Equals(id, AutoId, StringComparison.OrdinalIgnoreCase);

    /// <summary>Gets a value indicating whether a request naming this preset (or automatic choice) may ask for scan clean-up.</summary>
    /// <param name="id">The preset id, <see cref="AutoId"/> or null.</param>
    /// <returns>True when clean-up runs for it: the text preset, and automatic choice, which then takes <see cref="ForScanCleanup"/>.</returns>
    public static bool OffersScanCleanup(string? id) => (IsAutomatic(id) ? ForScanCleanup : Find(id!))?.OffersScanCleanup == true;

    /// <summary>Finds a preset by id (case-insensitive).</summary>
    /// <param name="id">The id.</param>
    /// <returns>The preset, or null.</returns>
    public static UpscalePreset? Find(string id) => All.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.OrdinalIgnoreCase));
}
