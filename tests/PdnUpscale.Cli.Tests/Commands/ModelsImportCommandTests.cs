// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Codecs;
using PdnUpscale.Core.Models;
using PdnUpscale.Core.Models.Catalog;

namespace PdnUpscale.Cli.Tests.Commands;

/// <summary>
/// <c>pdnupscale models import</c> with a hand-written ncnn model whose result is known exactly: a 1×1
/// convolution that copies each colour channel into four, then PixelShuffle 2, is a 2× nearest-neighbour
/// enlargement.
/// </summary>
public sealed class ModelsImportCommandTests : IDisposable
{
    private const string NearestParam = """
        7767517
        3 3
        Input            data     0 1 data
        Convolution      conv     1 1 data c 0=12 1=1 5=1 6=36
        PixelShuffle     ps       1 1 c out 0=2
        """;

    private readonly TestFiles files = new();

    [Fact]
    public async Task Import_ThenUpscaleByPath_IsNearestNeighbour()
    {
        this.WriteNearestModel();

        CliRun import = await CliRunner.RunAsync("models", "import", this.files.PathOf("nearest.param"), "--scale", "2", "--id", "test-nearest", "--into", this.files.PathOf("models"), "--purpose", "text");
        Assert.True(import.ExitCode == ExitCodes.Success, import.Error);
        string model = this.files.PathOf(Path.Combine("models", "test-nearest.onnx"));
        Assert.Equal(ModelPurpose.TextScan, ModelCatalog.TryDescribe(model)!.Purpose);
        string input = this.files.CopyPhoto();
        CliRun run = await CliRunner.RunAsync("upscale", input, "-o", this.files.PathOf("out.png"), "-m", model, "--fidelity", "0");

        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        using DecodedImage source = new SkiaImageDecoder().Decode(input);
        using DecodedImage result = new SkiaImageDecoder().Decode(this.files.PathOf("out.png"));
        Assert.Equal((source.Image.Width * 2, source.Image.Height * 2), (result.Image.Width, result.Image.Height));
        for (int y = 0; y < result.Image.Height; y++)
        {
            Span<byte> from = source.Image.GetRow(y / 2), to = result.Image.GetRow(y);
            for (int x = 0; x < result.Image.Width; x++)
            {
                Assert.True(from.Slice(x / 2 * 4, 4).SequenceEqual(to.Slice(x * 4, 4)), $"pixel ({x}, {y})");
            }
        }
    }

    [Fact]
    public async Task Import_WrongScale_IsModelErrorAndWritesNothing()
    {
        this.WriteNearestModel();

        CliRun run = await CliRunner.RunAsync("models", "import", this.files.PathOf("nearest.param"), "--scale", "4", "--id", "test-nearest", "--into", this.files.PathOf("models"));

        Assert.Equal(ExitCodes.ModelError, run.ExitCode);
        Assert.Contains("nearest.param", run.Error);
        Assert.False(Directory.Exists(this.files.PathOf("models")) && Directory.EnumerateFileSystemEntries(this.files.PathOf("models")).Any());
    }

    [Fact]
    public async Task Import_ExistingId_NeedsOverwrite()
    {
        this.WriteNearestModel();
        Directory.CreateDirectory(this.files.PathOf("models"));
        File.WriteAllText(this.files.PathOf(Path.Combine("models", "test-nearest.onnx")), "mine");

        CliRun run = await CliRunner.RunAsync("models", "import", this.files.PathOf("nearest.param"), "--scale", "2", "--id", "test-nearest", "--into", this.files.PathOf("models"));

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("--overwrite", run.Error);
        Assert.Equal("mine", File.ReadAllText(this.files.PathOf(Path.Combine("models", "test-nearest.onnx"))));
    }

    [Fact]
    public async Task Import_Safetensors_TakesItsIdFromTheFileAndRecordsTheLicense()
    {
        string weights = Path.Combine(AppContext.BaseDirectory, "Models", "compact-x2.safetensors");

        CliRun import = await CliRunner.RunAsync("models", "import", weights, "--license", "CC0-1.0", "--into", this.files.PathOf("models"));

        Assert.True(import.ExitCode == ExitCodes.Success, import.Error);
        Assert.Contains("'compact-x2'", import.Output);
        ModelDescriptor model = ModelCatalog.TryDescribe(this.files.PathOf(Path.Combine("models", "compact-x2.onnx")))!;
        Assert.Equal(("CC0-1.0", 2), (model.License, model.Geometry.Scale));
        CliRun run = await CliRunner.RunAsync("upscale", this.files.CopyPhoto(), "-o", this.files.PathOf("out.png"), "-m", model.OnnxPath!, "--tile", "16");
        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
    }

    [Fact]
    public async Task Import_MaliciousPickle_IsModelErrorAndWritesNothing()
    {
        // GLOBAL os.system, the argument, REDUCE: the classic pickle exploit.
        string evil = this.files.PathOf("evil.pth");
        File.WriteAllBytes(evil, [0x80, 0x02, .. "cos\nsystem\nX\u0004\0\0\0trueR."u8]);

        CliRun run = await CliRunner.RunAsync("models", "import", evil, "--into", this.files.PathOf("models"));

        Assert.Equal(ExitCodes.ModelError, run.ExitCode);
        Assert.Contains($"{evil}: the pickle refers to 'os.system'", run.Error);
        Assert.False(Directory.Exists(this.files.PathOf("models")));
    }

    /// <inheritdoc/>
    public void Dispose() => this.files.Dispose();

    private void WriteNearestModel()
    {
        File.WriteAllText(this.files.PathOf("nearest.param"), NearestParam);
        using var writer = new BinaryWriter(File.Create(this.files.PathOf("nearest.bin")));
        writer.Write(0u); // fp32 weight tag
        for (int output = 0; output < 12; output++)
        {
            for (int input = 0; input < 3; input++)
            {
                writer.Write(output / 4 == input ? 1f : 0f);
            }
        }

        for (int output = 0; output < 12; output++)
        {
            writer.Write(0f); // bias
        }
    }
}
