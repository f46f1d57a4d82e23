// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Codecs;
using PdnUpscale.Core.Fidelity;
using PdnUpscale.Core.Imaging;

namespace PdnUpscale.Quality;

/// <summary>
/// The real scan of the text set: scikit-image's <c>page.png</c> (a printed page photographed under uneven
/// light) with the transcription in <c>Fixtures/page.txt</c>. It is enlarged as it is (there is no larger
/// truth), so it is scored by OCR, sharpness and consistency only.
/// </summary>
public static class ScannedPage
{
    /// <summary>The rows kept: the line cut off by the bottom edge below them is not legible and not transcribed.</summary>
    public const int Rows = 184;

    /// <summary>Loads the page.</summary>
    /// <param name="repoRoot">The repository root (holding <c>.cache/skimage</c> and the fixture).</param>
    /// <returns>The sample.</returns>
    public static QualitySample Load(string repoRoot)
    {
        string path = Path.Combine(repoRoot, ".cache/skimage/data/page.png");
        string text = File.ReadAllText(Path.Combine(repoRoot, "bench/PdnUpscale.Quality/Fixtures/page.txt")).Trim();
        using DecodedImage decoded = new SkiaImageDecoder().Decode(path);
        Bgra32Image page = Bgra32Image.Allocate(decoded.Image.Width, Rows);
        for (int y = 0; y < Rows; y++)
        {
            decoded.Image.GetRow(y).CopyTo(page.GetRow(y));
        }

        return new QualitySample("page.png (scan)", page, DownscaleKernel.Area, text, IsScan: true);
    }
}
