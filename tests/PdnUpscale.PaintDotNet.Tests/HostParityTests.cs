// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Globalization;
using PdnUpscale.Cli;
using PdnUpscale.Cli.Interaction;
using PdnUpscale.Core.Codecs;
using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Inference;
using PdnUpscale.PaintDotNet.Engine;
using PdnUpscale.Tests.Shared;
using Spectre.Console;

namespace PdnUpscale.PaintDotNet.Tests;

/// <summary>
/// One engine, two hosts: for every combination of content (each preset and automatic), model, fidelity and
/// detail, and clean-up that both hosts can express, the plug-in's new image (its saved PNG copy) and
/// <c>pdnupscale upscale</c>'s output have the same pixels and the same provenance text.
/// </summary>
public sealed class HostParityTests : IDisposable
{
    private const int DetailPercent = 60;

    private readonly string folder = Directory.CreateTempSubdirectory("pdnupscale-parity-").FullName;

    public static TheoryData<ContentKind, string?, int?, bool, InferencePrecision> Choices()
    {
        var data = new TheoryData<ContentKind, string?, int?, bool, InferencePrecision>();
        (ContentKind Content, string OtherModel)[] contents =
        [
            (ContentKind.Automatic, "realesr-animevideov3-x2"), (ContentKind.Photo, "realesr-animevideov3-x2"),
            (ContentKind.ArtAndGraphics, "realesr-animevideov3-x2"), (ContentKind.TextAndScans, "waifu2x-cunet-2x"),
        ];
        foreach ((ContentKind content, string otherModel) in contents)
        {
            foreach (string? model in new[] { null, otherModel })
            {
                // Fidelity 40 % with detail 60 %, or both the preset's.
                foreach (int? fidelity in new int?[] { null, 40 })
                {
                    data.Add(content, model, fidelity, false, InferencePrecision.Auto);
                    if (UpscaleSettings.OffersScanCleanup(content))
                    {
                        data.Add(content, model, fidelity, true, InferencePrecision.Auto);
                    }
                }
            }
        }

        // Auto runs this 2x model in int8 on CPUs with VNNI (calibrated within bound, measured ≥ 1.5× faster), so fp32 given in both
        // hosts differs from auto there; elsewhere both hosts run fp32 either way.
        data.Add(ContentKind.Photo, "realesr-animevideov3-x2", null, false, InferencePrecision.Fp32);
        data.Add(ContentKind.Photo, "realesr-animevideov3-x2", null, false, InferencePrecision.Int8);
        return data;
    }

    [Trait("Category", "Slow")]
    [Theory]
    [MemberData(nameof(Choices))]
    public async Task ThePlugInAndTheCliGiveTheSamePixelsAndMetadata(ContentKind content, string? model, int? fidelityPercent, bool cleanup, InferencePrecision precision)
    {
        // Automatic content choice sees the photo crop, or the line of text when clean-up asks for text.
        using Bgra32Image picture = content == ContentKind.TextAndScans || cleanup ? TestData.Input("text-line-7px.png", 0, 0, 48, 14) : TestData.Input("astronaut-face.png", 40, 40, 24, 18);
        string input = Path.Combine(this.folder, "input.png"), cliOutput = Path.Combine(this.folder, "cli.png"), pngFolder = Path.Combine(this.folder, "plugin");
        using (FileStream stream = File.Create(input))
        {
            new SkiaImageEncoder().Encode(picture, new ImageMetadata(), stream, new EncoderOptions());
        }

        var settings = new UpscaleSettings
        {
            Content = content, ModelId = model, ScaleMode = ScaleMode.Times2, Device = DeviceChoice.Cpu, Workflow = OutputWorkflow.NewImage, SaveFolder = pngFolder,
            UsePresetFidelity = fidelityPercent is null, FidelityPercent = fidelityPercent ?? 100, DetailPercent = fidelityPercent is null ? 100 : DetailPercent, ScanCleanup = cleanup, ScanOutput = Core.Cleanup.ScanOutput.Grayscale, Precision = precision,
        };
        using var engine = new UpscaleEngine(TestData.Library(), warn => new OnnxTileSessionFactory(2, warn));
        EffectPlan plan = engine.Prepare(picture, settings, null, CancellationToken.None);

        string[] args =
        [
            "upscale", input, "-o", cliOutput, "-s", "2", "--device", "cpu", "--precision", precision.ToString().ToLowerInvariant(),
            .. content == ContentKind.Automatic ? Array.Empty<string>() : ["--preset", UpscaleSettings.PresetIdFor(content)],
            .. model is null ? Array.Empty<string>() : ["-m", model],
            .. fidelityPercent is int f ? ["--fidelity", (f / 100.0).ToString(CultureInfo.InvariantCulture), "--detail", (DetailPercent / 100.0).ToString(CultureInfo.InvariantCulture)] : Array.Empty<string>(),
            .. cleanup ? ["--scan-cleanup", "--scan-output", "grayscale"] : Array.Empty<string>(),
        ];
        int exitCode = await CliApplication.InvokeAsync(args, new CliConsole(Silent(), Silent()), handleCtrlC: false);

        Assert.Equal(EffectOutcome.NewImage, plan.Outcome);
        Assert.Equal(0, exitCode);
        using DecodedImage fromPlugIn = new SkiaImageDecoder().Decode(plan.SavedPath!);
        using DecodedImage fromCli = new SkiaImageDecoder().Decode(cliOutput);
        Assert.True(TestData.SamePixels(fromPlugIn.Image, fromCli.Image), "the hosts' pixels differ");
        Assert.Equal(PngFiles.ReadText(cliOutput).OrderBy(e => e.Key), PngFiles.ReadText(plan.SavedPath!).OrderBy(e => e.Key));
        if (content == ContentKind.Automatic && !cleanup)
        {
            Assert.Contains("preset, chosen automatically (", plan.Message, StringComparison.Ordinal);
        }
    }

    public void Dispose() => Directory.Delete(this.folder, recursive: true);

    private static IAnsiConsole Silent() => AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(TextWriter.Null), Interactive = InteractionSupport.No });
}
