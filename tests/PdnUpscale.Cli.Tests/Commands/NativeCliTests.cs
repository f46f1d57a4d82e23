// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Text.Json;
using PdnUpscale.Core.Codecs;

namespace PdnUpscale.Cli.Tests.Commands;

/// <summary>
/// The natively compiled CLI does what the in-process one does: no reflection or runtime code generation it
/// cannot run (JSON, ONNX Runtime's native calls, SkiaSharp, the command line and console libraries).
/// </summary>
[Trait("Category", "Slow")]
public sealed class NativeCliTests(NativeCli cli) : IClassFixture<NativeCli>, IDisposable
{
    private readonly TestFiles files = new();

    [Fact]
    public async Task Upscale_WritesTheSameImageAsTheInProcessCli()
    {
        string input = this.files.CopyPhoto();
        string native = this.files.PathOf("native.png"), managed = this.files.PathOf("managed.png");

        CliRun run = cli.Run("upscale", input, "-o", native);
        CliRun reference = await CliRunner.RunAsync("upscale", input, "-o", managed);

        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        Assert.True(reference.ExitCode == ExitCodes.Success, reference.Error);
        var decoder = new SkiaImageDecoder(new DecoderOptions());
        using DecodedImage a = decoder.Decode(native), b = decoder.Decode(managed);
        Assert.Equal((64, 48), (a.Image.Width, a.Image.Height)); // the photo preset's waifu2x CUnet enlarges 2× by default
        int worst = 0;
        for (int y = 0; y < a.Image.Height; y++)
        {
            worst = Math.Max(worst, a.Image.GetRow(y).ToArray().Zip(b.Image.GetRow(y).ToArray(), (p, q) => Math.Abs(p - q)).Max());
        }

        Assert.True(worst <= 1, $"largest difference {worst} levels");
    }

    [Fact]
    public void ModelsListJson_ListsTheCommittedModels()
    {
        CliRun run = cli.Run("models", "list", "--json");

        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        using JsonDocument json = JsonDocument.Parse(run.Output);
        JsonElement model = json.RootElement.EnumerateArray().Single(m => m.GetProperty("id").GetString() == "realesr-general-x4v3");
        Assert.True(model.GetProperty("installed").GetBoolean());
        Assert.True(model.GetProperty("tileExact").GetBoolean());
    }

    [Fact]
    public void MissingInput_IsOneSentenceAndExitCode2()
    {
        string missing = this.files.PathOf("missing.png");

        CliRun run = cli.Run("upscale", missing, "-o", this.files.PathOf("out.png"));

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("missing.png", run.Error);
        Assert.Single(run.Error.Trim().Split('\n'));
        Assert.Empty(this.files.FileNames());
    }

    /// <inheritdoc/>
    public void Dispose() => this.files.Dispose();
}
