// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Tests.Shared;

namespace PdnUpscale.Cli.Tests.Commands;

/// <summary>
/// Bad input and refusals: each gives its exit code, one sentence naming the file on standard error, no stack
/// trace, and leaves the folder exactly as it was (no output, no temporary file, inputs untouched).
/// </summary>
public sealed class UpscaleErrorTests : IDisposable
{
    private readonly TestFiles files = new();

    [Fact]
    public async Task MissingInput_IsBadInput()
    {
        string missing = this.files.PathOf("missing.png");

        CliRun run = await CliRunner.RunAsync("upscale", missing, "-o", this.files.PathOf("out.png"));

        AssertRefused(run, ExitCodes.BadInput, "missing.png", "no such file");
        Assert.Empty(this.files.FileNames());
    }

    [Fact]
    public async Task TruncatedInput_IsBadInput()
    {
        byte[] photo = File.ReadAllBytes(TestFiles.Photo);
        File.WriteAllBytes(this.files.PathOf("truncated.png"), photo[..(photo.Length / 2)]);

        CliRun run = await CliRunner.RunAsync("upscale", this.files.PathOf("truncated.png"), "-o", this.files.PathOf("out.png"));

        AssertRefused(run, ExitCodes.BadInput, "truncated.png", null);
        Assert.Equal(["truncated.png"], this.files.FileNames());
    }

    [Fact]
    public async Task GarbageInput_IsBadInput()
    {
        File.WriteAllBytes(this.files.PathOf("garbage.png"), Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 251)).ToArray());

        CliRun run = await CliRunner.RunAsync("upscale", this.files.PathOf("garbage.png"), "-o", this.files.PathOf("out.png"));

        AssertRefused(run, ExitCodes.BadInput, "garbage.png", null);
        Assert.Equal(["garbage.png"], this.files.FileNames());
    }

    [Fact]
    public async Task OversizedPngHeader_IsRefusedBeforeDecoding()
    {
        PngFiles.WriteHeaderOnly(this.files.PathOf("huge.png"), 100_000, 100_000);

        CliRun run = await CliRunner.RunAsync("upscale", this.files.PathOf("huge.png"), "-o", this.files.PathOf("out.png"));

        AssertRefused(run, ExitCodes.BadInput, "huge.png", "100000");
        Assert.Equal(["huge.png"], this.files.FileNames());
    }

    [Fact]
    public async Task MaxPixels_IsConfigurable()
    {
        string input = this.files.CopyPhoto();

        CliRun run = await CliRunner.RunAsync("upscale", input, "-o", this.files.PathOf("out.png"), "--max-pixels", "500");

        AssertRefused(run, ExitCodes.BadInput, "photo.png", "500");
        Assert.Equal(["photo.png"], this.files.FileNames());
    }

    [Fact]
    public async Task CorruptModelFile_IsModelError()
    {
        string input = this.files.CopyPhoto();
        File.WriteAllBytes(this.files.PathOf("corrupt.onnx"), [0x08, 0x07, 0x12, 0xFF, 0xFF, 0x00, 0x42, 0x13]);

        CliRun run = await CliRunner.RunAsync("upscale", input, "-o", this.files.PathOf("out.png"), "-m", this.files.PathOf("corrupt.onnx"));

        AssertRefused(run, ExitCodes.ModelError, "corrupt.onnx", null);
        Assert.Equal(["corrupt.onnx", "photo.png"], this.files.FileNames());
    }

    [Fact]
    public async Task UnknownModelId_IsModelError()
    {
        string input = this.files.CopyPhoto();

        CliRun run = await CliRunner.RunAsync("upscale", input, "-o", this.files.PathOf("out.png"), "-m", "no-such-model");

        AssertRefused(run, ExitCodes.ModelError, "no-such-model", null);
        Assert.Equal(["photo.png"], this.files.FileNames());
    }

    [Fact]
    public async Task ExistingOutput_WithoutOverwrite_IsKept()
    {
        string input = this.files.CopyPhoto();
        File.WriteAllText(this.files.PathOf("out.png"), "precious");

        CliRun run = await CliRunner.RunAsync("upscale", input, "-o", this.files.PathOf("out.png"));

        AssertRefused(run, ExitCodes.BadInput, "out.png", "--overwrite");
        Assert.Equal("precious", File.ReadAllText(this.files.PathOf("out.png")));
        Assert.Equal(["out.png", "photo.png"], this.files.FileNames());
    }

    [Fact]
    public async Task ExistingOutput_WithOverwrite_IsReplaced()
    {
        string input = this.files.CopyPhoto();
        File.WriteAllText(this.files.PathOf("out.png"), "old");

        CliRun run = await CliRunner.RunAsync("upscale", input, "-o", this.files.PathOf("out.png"), "--overwrite");

        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        Assert.NotEqual("old", File.ReadAllText(this.files.PathOf("out.png")));
        Assert.Equal(["out.png", "photo.png"], this.files.FileNames());
    }

    [Fact]
    public async Task OutputEqualToInput_IsRefusedEvenWithOverwrite()
    {
        string input = this.files.CopyPhoto();
        byte[] original = File.ReadAllBytes(input);

        CliRun run = await CliRunner.RunAsync("upscale", input, "-o", input, "--overwrite");

        AssertRefused(run, ExitCodes.BadInput, "photo.png", "input");
        Assert.Equal(original, File.ReadAllBytes(input));
        Assert.Equal(["photo.png"], this.files.FileNames());
    }

    [Fact]
    public async Task ConflictingOptions_AreBadInput()
    {
        string input = this.files.CopyPhoto();

        CliRun run = await CliRunner.RunAsync("upscale", input, "-s", "2", "--width", "100");

        AssertRefused(run, ExitCodes.BadInput, "--scale", null);
        Assert.Equal(["photo.png"], this.files.FileNames());
    }

    [Theory]
    [InlineData("out.tif", "extension")]
    [InlineData("no-such-folder/out.png", "folder does not exist")]
    public async Task UnusableOutputName_IsRefusedBeforeAnyWork(string output, string cause)
    {
        string input = this.files.CopyPhoto();

        CliRun run = await CliRunner.RunAsync("upscale", input, "-o", this.files.PathOf(output));

        AssertRefused(run, ExitCodes.BadInput, "out.", cause);
        Assert.Equal(["photo.png"], this.files.FileNames());
    }

    [Fact]
    public async Task BatchWithOneBadImage_WritesTheGoodOnesAndReportsBadInput()
    {
        string folder = Directory.CreateDirectory(this.files.PathOf("in")).FullName;
        File.Copy(TestFiles.Photo, Path.Combine(folder, "good.png"));
        File.WriteAllText(Path.Combine(folder, "bad.png"), "not an image");
        string outDir = this.files.PathOf("out");

        CliRun run = await CliRunner.RunAsync("upscale", folder, "--out-dir", outDir, "-s", "2");

        AssertRefused(run, ExitCodes.BadInput, "bad.png", null);
        Assert.Equal(["good.png"], Directory.GetFiles(outDir).Select(f => Path.GetFileName(f)).ToArray());
    }

    /// <inheritdoc/>
    public void Dispose() => this.files.Dispose();

    // Progress lines may precede the error on standard error (they share it): the error is its own line.
    private static void AssertRefused(CliRun run, int exitCode, string named, string? cause) => Hostile.Refusal.Assert(run, exitCode, named, cause);
}
