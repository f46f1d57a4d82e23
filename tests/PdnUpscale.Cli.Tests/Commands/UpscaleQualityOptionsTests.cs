// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;
using PdnUpscale.Bench.Metrics;
using PdnUpscale.Cli.Commands;
using PdnUpscale.Core.Codecs;
using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Resampling;
using PdnUpscale.Core.Upscaling;
using PdnUpscale.Tests.Shared;

namespace PdnUpscale.Cli.Tests.Commands;

/// <summary><c>pdnupscale upscale</c> with <c>--preset</c>, <c>--fidelity</c>, <c>--explain</c> and scan clean-up.</summary>
public sealed class UpscaleQualityOptionsTests : IDisposable
{
    private readonly TestFiles files = new();

    [Fact]
    public async Task ArtPreset_WritesTheMeasuredModelsOutput_AHeatMap_AndProvenance()
    {
        string input = this.files.CopyPhoto();
        string output = this.files.PathOf("out.png"), heat = this.files.PathOf("heat.png");

        CliRun run = await CliRunner.RunAsync("upscale", input, "-o", output, "--preset", "art", "--explain", heat);

        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        Dictionary<string, string> text = PngFiles.ReadText(output);
        Assert.Equal("waifu2x-cunet-2x", text[Provenance.ModelKey]);
        Assert.Equal("art", text[Provenance.PresetKey]);
        Assert.Equal("0 (raw model output)", text[Provenance.FidelityKey]);
        using DecodedImage source = new SkiaImageDecoder().Decode(input);
        using DecodedImage result = new SkiaImageDecoder().Decode(output);
        using DecodedImage map = new SkiaImageDecoder().Decode(heat);
        Assert.Equal((result.Image.Width, result.Image.Height), (map.Image.Width, map.Image.Height));
        Assert.Contains("departs visibly from a plain enlargement", run.Output);
        Assert.Equal(["heat.png", "out.png", "photo.png"], this.files.FileNames());
    }

    [Fact]
    public async Task TextPreset_SmallLetters_AreEnlargedPlainly_SaysSo_AndRecordsNoModel()
    {
        string input = this.files.PathOf("line.png");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Images", "text-line-7px.png"), input);
        string plain = this.files.PathOf("plain.png"), chosen = this.files.PathOf("chosen.png");

        CliRun run = await CliRunner.RunAsync("upscale", input, "-o", plain, "--preset", "text", "-s", "2");
        CliRun withModel = await CliRunner.RunAsync("upscale", input, "-o", chosen, "--preset", "text", "-s", "2", "-m", "waifu2x-cunet-2x");

        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        Assert.Contains("line.png: Letters about", run.Error);
        Assert.Contains("plain bicubic", run.Error);
        Dictionary<string, string> text = PngFiles.ReadText(plain);
        Assert.Equal("none (plain bicubic resampling)", text[Provenance.ModelKey]);
        Assert.Equal("none (no model ran)", text[Provenance.FidelityKey]);
        using DecodedImage source = new SkiaImageDecoder().Decode(input);
        using DecodedImage result = new SkiaImageDecoder().Decode(plain);
        using Bgra32Image bicubic = Resampler.Resize(source.Image, 2 * source.Image.Width, 2 * source.Image.Height, ResampleFilter.CatmullRom, 2);
        for (int y = 0; y < bicubic.Height; y++)
        {
            Assert.True(bicubic.GetRow(y).SequenceEqual(result.Image.GetRow(y)), $"row {y} differs from bicubic");
        }

        // A model the user chose always runs, even when it is the preset's own.
        Assert.True(withModel.ExitCode == ExitCodes.Success, withModel.Error);
        Assert.DoesNotContain("Letters about", withModel.Error);
        Assert.Equal("waifu2x-cunet-2x", PngFiles.ReadText(chosen)[Provenance.ModelKey]);
    }

    [Trait("Category", "Slow")]
    [Fact]
    public async Task FidelityOne_ShrinksBackToTheInput_FidelityZero_DoesNot()
    {
        string input = this.files.CopyPhoto();
        string faithful = this.files.PathOf("f1.png"), raw = this.files.PathOf("f0.png");

        // The general model, whose raw output drifts from the input (the photo preset's CUnet stays close even raw).
        CliRun one = await CliRunner.RunAsync("upscale", input, "-o", faithful, "-m", "realesr-general-x4v3", "--fidelity", "1");
        CliRun zero = await CliRunner.RunAsync("upscale", input, "-o", raw, "-m", "realesr-general-x4v3", "--fidelity", "0");

        Assert.True(one.ExitCode == ExitCodes.Success && zero.ExitCode == ExitCodes.Success, one.Error + zero.Error);
        using DecodedImage source = new SkiaImageDecoder().Decode(input);
        using DecodedImage f1 = new SkiaImageDecoder().Decode(faithful);
        using DecodedImage f0 = new SkiaImageDecoder().Decode(raw);
        Assert.True(Consistency.Measure(source.Image, f1.Image) >= 45);
        Assert.True(Consistency.Measure(source.Image, f0.Image) < 40);
    }

    [Fact]
    public async Task ScanCleanup_StraightensATiltedPage_AndRecordsTheAngle()
    {
        // A page of word-like ink blocks in lines, turned 3°: what deskew looks for, without needing fonts.
        string input = this.files.PathOf("tilted.png");
        using (Bgra32Image page = WordLines(160, 112))
        using (Bgra32Image tilted = Bgra32Image.Allocate(page.Width, page.Height))
        using (FileStream stream = File.Create(input))
        {
            ImageRotation.Rotate(page, tilted, 3, new Vector4(255), 2);
            new SkiaImageEncoder().Encode(tilted, new ImageMetadata(), stream, new EncoderOptions());
        }

        string output = this.files.PathOf("out.png");
        CliRun run = await CliRunner.RunAsync("upscale", input, "-o", output, "-s", "2", "--preset", "text", "--scan-cleanup", "--scan-output", "grayscale");

        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        string cleanup = PngFiles.ReadText(output)["PdnUpscale scan clean-up"];
        Match angle = Regex.Match(cleanup, @"^grayscale, straightened by (-?\d+\.\d\d)°$");
        Assert.True(angle.Success, cleanup);
        Assert.InRange(Math.Abs(double.Parse(angle.Groups[1].Value, CultureInfo.InvariantCulture)), 2.7, 3.3);
    }

    private static Bgra32Image WordLines(int width, int height)
    {
        Bgra32Image page = Bgra32Image.Allocate(width, height);
        var random = new Random(7);
        for (int y = 0; y < height; y++)
        {
            page.GetRow(y).Fill(255);
        }

        for (int top = 12; top + 6 < height - 12; top += 14)
        {
            for (int x = 12; x < width - 20;)
            {
                int word = random.Next(6, 22);
                for (int y = top; y < top + 6; y++)
                {
                    Span<byte> row = page.GetRow(y);
                    for (int i = x; i < Math.Min(x + word, width - 12); i++)
                    {
                        row.Slice(i * 4, 3).Fill(20);
                    }
                }

                x += word + random.Next(4, 8);
            }
        }

        return page;
    }

    /// <inheritdoc/>
    public void Dispose() => this.files.Dispose();
}
