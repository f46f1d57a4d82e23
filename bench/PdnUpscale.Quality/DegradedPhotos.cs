// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Text;
using PdnUpscale.Core.Fidelity;
using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Models;
using SkiaSharp;

namespace PdnUpscale.Quality;

/// <summary>
/// Photos as users bring them rather than clean shrinks: saved as JPEG (quality 30, 50, 70) after shrinking, and
/// soft originals (the ground truth itself slightly blurred, Gaussian σ = 1 px, before shrinking). Each is
/// enlarged by bicubic, the photo preset's model and waifu2x CUnet with its denoising variants, with fidelity
/// held to the decoded pixels (<c>f1</c>) or only to what the JPEG file constrains (<c>f1 jpeg</c>), and with
/// less of the model's detail kept (<c>d0.5</c>).
/// </summary>
/// <param name="photos">The photo files.</param>
/// <param name="outputs">The shared raw model outputs.</param>
/// <param name="installed">The installed models.</param>
/// <param name="byDefault">The default command as a user runs it.</param>
/// <param name="defaultOnly">Whether to compare only bicubic and <paramref name="byDefault"/>.</param>
/// <param name="figures">Keeps the default command's scores for the plots.</param>
public sealed class DegradedPhotos(string[] photos, ModelOutputs outputs, IReadOnlyList<ModelDescriptor> installed, Candidate byDefault, bool defaultOnly, DefaultCommandFigures figures)
{
    /// <summary>The JPEG qualities of the set.</summary>
    public static readonly int[] Qualities = [30, 50, 70];

    /// <summary>The type sizes of the JPEG text set, in input pixels.</summary>
    public static readonly int[] TextSizes = [7, 10];

    private const float SoftSigma = 1f;
    private const int TextQuality = 50;

    /// <summary>Runs the JPEG set at one scale and appends one table per quality.</summary>
    /// <param name="scale">The scale.</param>
    /// <param name="report">The report.</param>
    public void RunJpeg(int scale, StringBuilder report)
    {
        Candidate[] candidates = defaultOnly ? [Candidate.Bicubic, byDefault] : [Candidate.Bicubic, .. this.ModelCandidates(jpeg: true), byDefault];
        foreach (int quality in Qualities)
        {
            using var samples = new SampleList(SampleSets.Photos(photos).Select(s => s with { JpegQuality = quality, Name = $"{s.Name} q{quality}" }));
            figures.Add(DefaultCommandFigures.JpegPhotos(quality), scale, FullSets.Emit(report, $"Photos as JPEG q{quality} ({photos.Length}), {scale}×", QualityRun.Evaluate(samples.Items, candidates, scale)));
        }
    }

    /// <summary>
    /// Runs the JPEG text set at one scale: every line in every font at 7 and 10 px (unshifted), saved as JPEG
    /// quality 50, read by OCR after bicubic, the text preset as the hosts run it and the CUnet variants.
    /// </summary>
    /// <param name="scale">The scale.</param>
    /// <param name="textPreset">The text preset as the hosts run it.</param>
    /// <param name="report">The report.</param>
    public void RunTextJpeg(int scale, Candidate textPreset, StringBuilder report)
    {
        Candidate[] candidates = defaultOnly ? [Candidate.Bicubic, byDefault]
            : [Candidate.Bicubic, textPreset, .. this.ModelCandidates(jpeg: true).Where(c => c.ModelId != "realesr-general-x4v3" && !c.Name.EndsWith("d0.5", StringComparison.Ordinal)), byDefault];
        figures.Add(DefaultCommandFigures.JpegText, scale, FullSets.EmitTextLines(report, $"Text as JPEG q{TextQuality}", candidates, scale, TextSizes, size =>
            SampleSets.Fonts.SelectMany(font => SampleSets.Lines.Select(line => SampleSets.Text(line, font, size, scale) with { JpegQuality = TextQuality }))));
    }

    /// <summary>Runs the soft-original set at one scale and appends its table.</summary>
    /// <param name="scale">The scale.</param>
    /// <param name="report">The report.</param>
    public void RunSoft(int scale, StringBuilder report)
    {
        Candidate[] candidates = defaultOnly ? [Candidate.Bicubic, byDefault] : [Candidate.Bicubic, .. this.ModelCandidates(jpeg: false), byDefault];
        using var samples = new SampleList(SampleSets.Photos(photos).Select(Soften));
        figures.Add(DefaultCommandFigures.SoftPhotos, scale, FullSets.Emit(report, $"Soft photos (σ {SoftSigma} px blur before shrinking, {photos.Length}), {scale}×", QualityRun.Evaluate(samples.Items, candidates, scale)));
    }

    private static QualitySample Soften(QualitySample sample)
    {
        using Bgra32Image sharp = sample.Truth;
        using var bitmap = new SKBitmap(new SKImageInfo(sharp.Width, sharp.Height, SKColorType.Bgra8888, SKAlphaType.Premul));
        for (int y = 0; y < sharp.Height; y++)
        {
            sharp.GetRow(y).CopyTo(bitmap.GetPixelSpan().Slice(y * bitmap.RowBytes, sharp.Width * 4));
        }

        using SKImage image = SKImage.FromBitmap(bitmap);
        using var paint = new SKPaint { ImageFilter = SKImageFilter.CreateBlur(SoftSigma, SoftSigma, SKShaderTileMode.Clamp) };
        Bgra32Image soft = SkiaCanvasImage.Draw(sharp.Width, sharp.Height, canvas => canvas.DrawImage(image, 0, 0, SKSamplingOptions.Default, paint));
        return sample with { Truth = soft, Name = $"{sample.Name} soft" };
    }

    private IEnumerable<Candidate> ModelCandidates(bool jpeg)
    {
        string[] ids = ["realesr-general-x4v3", "waifu2x-cunet-2x", "waifu2x-cunet-2x-noise1", "waifu2x-cunet-2x-noise2", "waifu2x-cunet-2x-noise3"];
        foreach (ModelDescriptor model in ids.Select(id => installed.FirstOrDefault(m => m.Id == id)).OfType<ModelDescriptor>())
        {
            yield return Candidate.Model(outputs, model, "f1", _ => new FidelityOptions());
            if (jpeg)
            {
                yield return Candidate.Model(outputs, model, "f1 jpeg", input => new FidelityOptions { Jpeg = QualitySample.JpegOf(input) });
            }

            yield return Candidate.Model(outputs, model, jpeg ? "f1 jpeg d0.5" : "f1 d0.5", input => new FidelityOptions { Jpeg = QualitySample.JpegOf(input), Detail = 0.5 });
        }
    }
}
