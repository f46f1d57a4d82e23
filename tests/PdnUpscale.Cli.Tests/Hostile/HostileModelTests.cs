// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Text;
using PdnUpscale.Tests.Shared;

namespace PdnUpscale.Cli.Tests.Hostile;

/// <summary>Model files that lie (issue 15): each is a model error, exit code 3, one sentence naming the file.</summary>
public sealed class HostileModelTests : IDisposable
{
    private readonly TestFiles files = new();

    [Theory]
    [InlineData((byte)'0')]
    [InlineData((byte)'x')]
    public async Task ModelWhoseMetadataGivesNoUsableScale_IsAModelError(byte scale)
    {
        // The committed 2x model with its "pdnupscale.scale" value ("2", one byte) replaced in place.
        byte[] model = File.ReadAllBytes(Path.Combine(RepositoryRoot.Find(), "models", "realesr-animevideov3-x2.onnx"));
        byte[] key = Encoding.UTF8.GetBytes("pdnupscale.scale");
        int at = model.AsSpan().IndexOf(key) + key.Length;
        Assert.Equal([0x12, 1, (byte)'2'], model[at..(at + 3)]);
        model[at + 2] = scale;
        File.WriteAllBytes(this.files.PathOf("lying.onnx"), model);
        string input = this.files.CopyPhoto();

        CliRun run = await CliRunner.RunAsync("upscale", input, "-o", this.files.PathOf("out.png"), "-m", this.files.PathOf("lying.onnx"));

        Refusal.Assert(run, ExitCodes.ModelError, "lying.onnx", "metadata");
        Assert.Equal(["lying.onnx", "photo.png"], this.files.FileNames());
    }

    [Fact]
    public async Task MissingModelFile_IsAModelError()
    {
        string input = this.files.CopyPhoto();

        CliRun run = await CliRunner.RunAsync("upscale", input, "-o", this.files.PathOf("out.png"), "-m", "./nothing-here.onnx");

        Refusal.Assert(run, ExitCodes.ModelError, "nothing-here.onnx", "no such model file");
    }

    /// <inheritdoc/>
    public void Dispose() => this.files.Dispose();
}
