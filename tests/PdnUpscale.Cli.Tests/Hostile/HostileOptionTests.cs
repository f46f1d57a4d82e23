// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Cli.Tests.Hostile;

/// <summary>
/// Option values a user can get wrong (issue 15): each is one sentence and exit code 2 before any work, never a
/// stack trace, and the folder stays as it was.
/// </summary>
public sealed class HostileOptionTests : IDisposable
{
    private readonly TestFiles files = new();

    [Theory]
    [InlineData("--scale", "2x", "'2x' is not a number")]
    [InlineData("--scale", "abc", "'abc' is not a number")]
    [InlineData("--scale", "1,5", "'1,5' is not a number")]
    [InlineData("--scale", "1e1", "'1e1' is not a number")]
    [InlineData("--quality", "abc", "'abc' is not a whole number")]
    [InlineData("--quality", "0", "--quality must be between 1 and 100")]
    [InlineData("--png-level", "x", "'x' is not a whole number")]
    [InlineData("--png-level", "10", "--png-level must be between 0 and 9")]
    [InlineData("--fidelity", "2", "--fidelity must be between 0 and 1")]
    [InlineData("--denoise", "5", "--denoise must be between -1 and 3")]
    [InlineData("--denoise", "-2", "--denoise must be between -1 and 3")]
    [InlineData("--denoise", "1.5", "'1.5' is not a whole number")]
    [InlineData("--fidelity", "abc", "'abc' is not a number")]
    [InlineData("--fidelity", "NaN", "'NaN' is not a number")]
    [InlineData("--max-pixels", "1.5", "'1.5' is not a whole number")]
    [InlineData("--max-pixels", "99999999999999999999", "--max-pixels must be between 1 and 9223372036854775807")]
    [InlineData("--width", "99999999999", "--width must be between 1 and 2147483647")]
    [InlineData("--height", "0", "--height must be between 1 and")]
    [InlineData("--tile", "8", "not a tile size")]
    [InlineData("--device", "gpu", "'gpu' is not one of auto, cpu, directml")]
    [InlineData("--alpha", "sharp", "'sharp' is not one of model, fast")]
    [InlineData("--format", "gif", "'gif' is not one of png, jpg, jpeg, webp")]
    [InlineData("--preset", "poster", "'poster' is not one of")]
    [InlineData("--scan-output", "blackandwhite", "'blackandwhite' is not one of color, grayscale, black-and-white")]
    [InlineData("-o", "", "an empty value names nothing")]
    [InlineData("--out-dir", "", "an empty value names nothing")]
    [InlineData("--explain", "", "an empty value names nothing")]
    [InlineData("-m", "", "an empty value names nothing")]
    public async Task UnusableValue_IsOneSentence(string option, string value, string cause)
    {
        string input = this.files.CopyPhoto();

        CliRun run = await CliRunner.RunAsync("upscale", input, option, value);

        Refusal.Assert(run, ExitCodes.BadInput, option switch { "-o" => "--output", "-m" => "--model", _ => option }, cause);
        Assert.Equal(["photo.png"], this.files.FileNames());
    }

    [Theory]
    [InlineData("-o", "a.png", "-o", "b.png")]
    [InlineData("-o", "a.png", "--output", "b.png")]
    [InlineData("--scale", "2", "-s", "3")]
    [InlineData("--overwrite", "--overwrite")]
    [InlineData("-m", "realesr-general-x4v3", "--model", "realesr-animevideov3-x2")]
    public async Task OptionGivenTwice_IsOneSentence(params string[] options)
    {
        string input = this.files.CopyPhoto();

        CliRun run = await CliRunner.RunAsync(["upscale", input, .. options]);

        Refusal.Assert(run, ExitCodes.BadInput, "is given more than once");
        Assert.Equal(["photo.png"], this.files.FileNames());
    }

    [Fact]
    public async Task EmptyInputName_IsOneSentence()
    {
        CliRun run = await CliRunner.RunAsync("upscale", string.Empty, "-o", this.files.PathOf("out.png"));

        Refusal.Assert(run, ExitCodes.BadInput, "INPUT", "empty name");
        Assert.Empty(this.files.FileNames());
    }

    [Fact]
    public async Task UnknownOption_IsNotTakenForAnInputFile()
    {
        string input = this.files.CopyPhoto();

        CliRun run = await CliRunner.RunAsync("upscale", input, "--sclae", "2");

        Refusal.Assert(run, ExitCodes.BadInput, "--sclae", "no such option");
        Assert.Equal(["photo.png"], this.files.FileNames());
    }

    [Fact]
    public async Task FileNamedLikeAnOption_IsReachableWithItsFolder()
    {
        string input = this.files.CopyPhoto("-photo.png");

        CliRun run = await CliRunner.RunAsync("upscale", Path.Combine(".", Path.GetRelativePath(Environment.CurrentDirectory, input)), "-s", "1", "--alpha", "fast");

        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        Assert.Equal(["-photo-upscaled.png", "-photo.png"], this.files.FileNames());
    }

    [Theory]
    [InlineData("JPG")]
    [InlineData("Webp")]
    public async Task FormatName_IsCaseInsensitive(string format)
    {
        string input = this.files.CopyPhoto();

        CliRun run = await CliRunner.RunAsync("upscale", input, "--format", format, "-s", "1");

        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        Assert.Contains(this.files.FileNames(), n => n.StartsWith("photo-upscaled.", StringComparison.Ordinal) && !n.EndsWith(".png", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ScaleOutOfRange_IsBadInputNamingTheImage()
    {
        string input = this.files.CopyPhoto();

        CliRun run = await CliRunner.RunAsync("upscale", input, "-s", "20");

        Refusal.Assert(run, ExitCodes.BadInput, "photo.png", "between 1 and 16");
        Assert.Equal(["photo.png"], this.files.FileNames());
    }

    [Fact]
    public async Task AtSign_IsAFileNameNotAResponseFile()
    {
        File.WriteAllText(this.files.PathOf("args.txt"), "--help");

        CliRun run = await CliRunner.RunAsync("upscale", "@" + this.files.PathOf("args.txt"));

        Refusal.Assert(run, ExitCodes.BadInput, "args.txt", "no such file");
    }

    /// <inheritdoc/>
    public void Dispose() => this.files.Dispose();
}
