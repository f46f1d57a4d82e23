// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using PdnUpscale.Cli.Benchmarking;
using PdnUpscale.Cli.Interaction;
using PdnUpscale.Core.Codecs;
using PdnUpscale.Core.Inference;
using PdnUpscale.Core.Models;
using PdnUpscale.Core.Pipeline;

namespace PdnUpscale.Cli.Commands;

/// <summary>
/// <c>pdnupscale bench</c>: times one cold and several warm end-to-end runs per stage, and optionally the ncnn
/// reference runtime on the same image and model in the same run. See BENCHMARKS.md for the method.
/// </summary>
internal sealed partial class BenchCommand : BaseCommand
{
    /// <summary>The model benchmarked without <c>-m</c>: BENCHMARKS.md's figures are for it (the photo preset's model until issue 14).</summary>
    private const string ReferenceModelId = "realesr-general-x4v3";

    private readonly Option<string?> modelOption = CommonOptions.CreateModel(ReferenceModelId + ", the model of BENCHMARKS.md's figures");
    private readonly Option<(int Width, int Height)> sizeOption = new("--size")
    {
        Description = "The size of the generated test image (ignored with --input).",
        DefaultValueFactory = _ => (256, 256),
        CustomParser = ParseSize,
        HelpName = "WxH",
    };

    private readonly Option<string?> inputOption = new("--input") { Description = "An image file to benchmark instead of the generated test image.", HelpName = "FILE", CustomParser = OptionValues.NonEmpty };
    private readonly Option<TileSizeOption> tileOption = CommonOptions.CreateTile();
    private readonly Option<InferencePrecision> precisionOption = CommonOptions.CreatePrecision();
    private readonly Option<int> runsOption = new("--runs") { Description = "The warm runs after the cold one, 1 to 1000; the median is reported.", DefaultValueFactory = _ => 3, CustomParser = r => OptionValues.Integer(r, 1, 1000) };
    private readonly Option<bool> jsonOption = new("--json") { Description = "Print the figures as JSON." };
    private readonly Option<bool> referenceOption = new("--reference-ncnn") { Description = $"Also time the ncnn reference runtime ({NcnnReference.ScriptPath}) on the same image and model." };

    /// <summary>Initializes a new instance of the <see cref="BenchCommand"/> class.</summary>
    /// <param name="console">The console all output goes through.</param>
    public BenchCommand(CliConsole console)
        : base("bench", "Measure per-stage time, inference GFLOP/s, pipeline overhead and peak memory.", console)
    {
        foreach (Option option in new Option[] { this.modelOption, this.sizeOption, this.inputOption, this.tileOption, this.precisionOption, this.runsOption, this.jsonOption, this.referenceOption })
        {
            this.Add(option);
        }
    }

    /// <inheritdoc/>
    protected override async Task<int> ExecuteAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        ModelDescriptor model = ModelLibrary.Discover().Resolve(parseResult.GetValue(this.modelOption) ?? ReferenceModelId);
        string work = Directory.CreateTempSubdirectory("pdnupscale-bench-").FullName;
        try
        {
            string input = parseResult.GetValue(this.inputOption) ?? CreateInput(work, parseResult.GetValue(this.sizeOption));
            var options = new UpscaleOptions { Model = model, TileSize = parseResult.GetValue(this.tileOption), Precision = parseResult.GetValue(this.precisionOption) };
            BenchReport report = await Task.Run(() => this.Measure(input, work, model, options, parseResult, cancellationToken), cancellationToken).ConfigureAwait(false);
            if (parseResult.GetValue(this.referenceOption))
            {
                await AddReferenceAsync(report, input, work, options, parseResult.GetValue(this.runsOption), cancellationToken).ConfigureAwait(false);
            }

            BenchReportWriter.Write(this.Console, report, parseResult.GetValue(this.jsonOption));
            return ExitCodes.Success;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static string CreateInput(string work, (int Width, int Height) size)
    {
        string path = Path.Combine(work, "input.png");
        using var image = TestPattern.Create(size.Width, size.Height);
        using FileStream stream = File.Create(path);
        new SkiaImageEncoder().Encode(image, new Core.Imaging.ImageMetadata(), stream, new EncoderOptions());
        return path;
    }

    private static (int Width, int Height) ParseSize(ArgumentResult result)
    {
        string text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        string[] parts = text.Split('x', 'X');
        if (parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int w) &&
            int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int h) && w > 0 && h > 0)
        {
            return (w, h);
        }

        result.AddError($"--size: '{text}' is not a size; write it as WxH, e.g. 256x256.");
        return (0, 0);
    }
}
