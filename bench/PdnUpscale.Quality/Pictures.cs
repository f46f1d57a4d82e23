// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Bench.Metrics;
using PdnUpscale.Core.Codecs;
using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Inference;
using PdnUpscale.Core.Resampling;
using PdnUpscale.Core.Upscaling;

namespace PdnUpscale.Quality;

/// <summary>
/// The README's before/after strip: a photo crop shrunk 4× and enlarged back by nearest neighbour (what the
/// input really holds), bicubic, PdnUpscale's default command, and the heat map of what that invented, side
/// by side, each panel the size of the original crop; then a JPEG photo the same way. QUALITY.md adds line art
/// and a line of text the same way (a wide panel's four stacked rather than side by side).
/// </summary>
public static class Pictures
{
    private const int Scale = 4;

    /// <summary>Writes the strips as small PNGs.</summary>
    /// <param name="service">The use case, run as the default command.</param>
    /// <param name="photo">The photo file to crop.</param>
    /// <param name="folder">Where the PNGs go.</param>
    public static void Write(UpscaleService service, string photo, string folder)
    {
        Directory.CreateDirectory(folder);
        using var samples = new SampleList(SampleSets.Photos([photo]));
        QualitySample sample = samples.Items[0];
        WriteStrip(service, sample, Path.Combine(folder, "before-after.png"));
        WriteStrip(service, sample with { JpegQuality = 50 }, Path.Combine(folder, "before-after-jpeg50.png"));
    }

    /// <summary>Writes the strips of a line-art drawing and a 9-px line of text as small PNGs.</summary>
    /// <param name="service">The use case, run as the default command.</param>
    /// <param name="folder">Where the PNGs go.</param>
    /// <returns>The files written.</returns>
    public static IReadOnlyList<string> WriteKinds(UpscaleService service, string folder)
    {
        Directory.CreateDirectory(folder);
        string art = Path.Combine(folder, "strip-line-art.png"), text = Path.Combine(folder, "strip-text.png");
        using (QualitySample drawing = SampleSets.Art(1))
        {
            WriteStrip(service, drawing, art);
        }

        using (QualitySample line = SampleSets.Text(SampleSets.Lines[1], SampleSets.Fonts[0], 9, Scale))
        {
            WriteStrip(service, line, text);
        }

        return [art, text];
    }

    private static void WriteStrip(UpscaleService service, QualitySample sample, string path)
    {
        using Bgra32Image input = sample.InputFor(Scale);
        int w = input.Width * Scale, h = input.Height * Scale;
        using UpscaleOutcome outcome = service.Run(input, new UpscaleRequest { TargetWidth = w, TargetHeight = h, Device = DeviceKind.Cpu, InputJpeg = QualitySample.JpegOf(input), Explain = true });
        using Bgra32Image nearest = Nearest(input, Scale);
        using Bgra32Image bicubic = Resampler.Resize(input, w, h, ResampleFilter.CatmullRom, Environment.ProcessorCount);
        Bgra32Image[] panels = [nearest, bicubic, outcome.Image, outcome.InventedDetail(input).Image];
        bool stacked = w > 2 * h;
        using Bgra32Image strip = stacked ? Bgra32Image.Allocate(w, h * panels.Length) : Bgra32Image.Allocate(w * panels.Length, h);
        for (int p = 0; p < panels.Length; p++)
        {
            for (int y = 0; y < h; y++)
            {
                panels[p].GetRow(y).CopyTo(stacked ? strip.GetRow((p * h) + y) : strip.GetRow(y)[(p * w * 4)..]);
            }
        }

        using FileStream file = File.Create(path);
        new SkiaImageEncoder().Encode(strip, new ImageMetadata(), file, new EncoderOptions { PngCompressionLevel = 9 });
        Console.WriteLine($"{path}: nearest, bicubic, {outcome.Preset.Name} preset ({outcome.Model?.Id}), invented detail; PSNR-Y {ImageMetrics.PsnrY(sample.Truth, bicubic):0.00} → {ImageMetrics.PsnrY(sample.Truth, outcome.Image):0.00} dB");
    }

    private static Bgra32Image Nearest(Bgra32Image input, int scale)
    {
        Bgra32Image result = Bgra32Image.Allocate(input.Width * scale, input.Height * scale);
        for (int y = 0; y < result.Height; y++)
        {
            ReadOnlySpan<byte> from = input.GetRow(y / scale);
            Span<byte> to = result.GetRow(y);
            for (int x = 0; x < result.Width; x++)
            {
                from.Slice((x / scale) * 4, 4).CopyTo(to.Slice(x * 4, 4));
            }
        }

        return result;
    }
}
