// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Codecs;
using PdnUpscale.Core.Upscaling;
using PdnUpscale.Tests.Shared;

namespace PdnUpscale.Cli.Tests.Commands;

/// <summary>End-to-end runs of <c>pdnupscale upscale</c> with the committed default model on a real photo crop.</summary>
public sealed class UpscaleCommandTests : IDisposable
{
    private readonly TestFiles files = new();

    [Fact]
    public async Task Upscale_WithNothingChosen_ThePictureDecides_AndTheFileSaysSo()
    {
        string input = this.files.CopyPhoto();
        string output = this.files.PathOf("out.png");

        CliRun run = await CliRunner.RunAsync("upscale", input, "-o", output);

        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        using DecodedImage source = Decode(input);
        using DecodedImage result = Decode(output);
        // Without a scale the model's own runs: the photo preset's waifu2x CUnet enlarges 2×.
        Assert.Equal((source.Image.Width * 2, source.Image.Height * 2), (result.Image.Width, result.Image.Height));

        // The model restores detail but keeps colours: each channel's mean stays within a few levels.
        double[] before = MeanBgr(source), after = MeanBgr(result);
        for (int c = 0; c < 3; c++)
        {
            Assert.InRange(after[c], before[c] - 6, before[c] + 6);
        }

        Dictionary<string, string> text = PngFiles.ReadText(output);
        Assert.Equal("waifu2x-cunet-2x", text[Provenance.ModelKey]);
        Assert.Equal("photo", text[Provenance.PresetKey]);
        Assert.StartsWith("auto: photo", text[Provenance.ContentKey]);
        Assert.StartsWith("2x (32x24 to 64x48)", text[Provenance.ScaleKey]);
        Assert.StartsWith("PdnUpscale ", text[Provenance.SoftwareKey]);
        Assert.Equal(["out.png", "photo.png"], this.files.FileNames());
    }

    [Trait("Category", "Slow")]
    [Fact]
    public async Task Upscale_FolderWithExplicitScale_WritesEveryImageIntoOutDir()
    {
        string folder = Directory.CreateDirectory(this.files.PathOf("in")).FullName;
        File.Copy(TestFiles.Photo, Path.Combine(folder, "a.png"));
        File.Copy(TestFiles.Photo, Path.Combine(folder, "b.png"));
        string outDir = this.files.PathOf("out");

        CliRun run = await CliRunner.RunAsync("upscale", folder, "--out-dir", outDir, "-s", "2", "--alpha", "fast", "--tile", "16");

        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        foreach (string name in new[] { "a.png", "b.png" })
        {
            using DecodedImage result = Decode(Path.Combine(outDir, name));
            Assert.Equal((64, 48), (result.Image.Width, result.Image.Height));
        }
    }

    [Fact]
    public async Task Upscale_OutputNextToInput_UsesSuffixAndWidth()
    {
        string input = this.files.CopyPhoto();

        CliRun run = await CliRunner.RunAsync("upscale", input, "--width", "48");

        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        using DecodedImage result = Decode(this.files.PathOf("photo-upscaled.png"));
        Assert.Equal((48, 36), (result.Image.Width, result.Image.Height));
    }

    [Fact]
    public async Task PngLevel_TradesSpeedForSize_NeverPixels()
    {
        string input = this.files.CopyPhoto();
        string fast = this.files.PathOf("fast.png"), small = this.files.PathOf("small.png");

        CliRun fastRun = await CliRunner.RunAsync("upscale", input, "-o", fast, "--png-level", "1");
        CliRun smallRun = await CliRunner.RunAsync("upscale", input, "-o", small, "--png-level", "9");

        Assert.True(fastRun.ExitCode == ExitCodes.Success, fastRun.Error);
        Assert.True(smallRun.ExitCode == ExitCodes.Success, smallRun.Error);
        using DecodedImage a = Decode(fast), b = Decode(small);
        for (int y = 0; y < a.Image.Height; y++)
        {
            Assert.True(a.Image.GetRow(y).SequenceEqual(b.Image.GetRow(y)), $"row {y} differs");
        }

        Assert.True(new FileInfo(small).Length < new FileInfo(fast).Length);
    }

    [Fact]
    public async Task StandardOutput_HoldsOnlyTheResults()
    {
        // Progress, notes and warnings go to standard error, so a script can read what was written.
        string input = this.files.CopyPhoto();

        CliRun run = await CliRunner.RunAsync("upscale", input, "-o", this.files.PathOf("out.png"), "-s", "2", "--alpha", "fast", "--verbose");

        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        Assert.Equal($"{this.files.PathOf("out.png")}: written.", run.Output.Trim());
        Assert.Contains("photo.png", run.Error);
    }

    /// <inheritdoc/>
    public void Dispose() => this.files.Dispose();

    private static DecodedImage Decode(string path) => new SkiaImageDecoder(new DecoderOptions()).Decode(path);

    private static double[] MeanBgr(DecodedImage image)
    {
        double[] sums = new double[3];
        for (int y = 0; y < image.Image.Height; y++)
        {
            Span<byte> row = image.Image.GetRow(y);
            for (int i = 0; i < row.Length; i += 4)
            {
                sums[0] += row[i];
                sums[1] += row[i + 1];
                sums[2] += row[i + 2];
            }
        }

        double count = (double)image.Image.Width * image.Image.Height;
        return [sums[0] / count, sums[1] / count, sums[2] / count];
    }
}
