// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.CommandLine;
using System.Globalization;
using PdnUpscale.Cli.Benchmarking;
using PdnUpscale.Core.Codecs;
using PdnUpscale.Core.Errors;
using PdnUpscale.Core.Models;
using PdnUpscale.Core.Models.Analysis;
using PdnUpscale.Core.Pipeline;

namespace PdnUpscale.Cli.Commands;

/// <content>The measurements: our pipeline cold and warm, then the ncnn reference on the same file.</content>
internal sealed partial class BenchCommand
{
    private BenchReport Measure(string input, string work, ModelDescriptor model, UpscaleOptions options, ParseResult parseResult, CancellationToken cancellationToken)
    {
        int warmRuns = parseResult.GetValue(this.runsOption);
        string output = Path.Combine(work, "ours.png");
        using var upscaler = new Upscaler(new UpscaleConfiguration { Warning = this.Console.DisplayWarning });
        BenchRun cold = BenchRun.Execute(input, output, upscaler, options, cancellationToken);
        List<BenchRun> warm = Enumerable.Range(0, warmRuns)
            .Select(_ => BenchRun.Execute(input, output, upscaler, options, cancellationToken))
            .OrderBy(r => r.Timings.Total)
            .ToList();
        BenchRun median = warm[warm.Count / 2];

        (int inW, int inH) = ImageSize(input);
        (int outW, int outH) = ImageSize(output);
        double macs = OnnxCost.MacsPerInputPixel(model.OnnxPath!) * inW * inH;
        StageTimings t = median.Timings;
        TimeSpan stages = t.Preprocess + t.Blend + t.Postprocess + t.Resample;
        return new BenchReport
        {
            Model = model.Id,
            InputSize = Size(inW, inH),
            OutputSize = Size(outW, outH),
            Device = median.Device,
            TileSize = median.TileSize.ToString(),
            WarmRuns = warmRuns,
            Cold = StageMilliseconds.From(cold),
            Warm = StageMilliseconds.From(median),
            GigaMacs = macs / 1e9,
            InferenceGflops = 2 * macs / 1e9 / t.Inference.TotalSeconds,
            Overhead = t.Total / t.Inference,
            StageOverhead = stages / t.Inference,
            FmaLimitGflops = FmaLimit.MeasureGflops(UpscaleConfiguration.Default.MaxDegreeOfParallelism, cancellationToken),
            PeakRssBytes = PeakMemory.ReadBytes(),
        };
    }

    private static async Task AddReferenceAsync(BenchReport report, string input, string work, UpscaleOptions options, int runs, CancellationToken cancellationToken)
    {
        string modelId = options.Model.Id;
        string script = NcnnReference.FindScript()
            ?? throw new UpscaleException(UpscaleErrorKind.InvalidInput, $"{NcnnReference.ScriptPath}: the ncnn reference script was not found above the working directory.");
        string ncnnOutput = Path.Combine(work, "ncnn.png"), ownOutput = Path.Combine(work, "process.png");
        double ncnn, own;
        try
        {
            ncnn = await TimedProcess.MedianMillisecondsAsync(() => NcnnReference.Start(script, modelId, input, ncnnOutput), ncnnOutput, runs, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidOperationException e)
        {
            throw new UpscaleException(UpscaleErrorKind.InvalidInput, $"{script}: the ncnn reference failed on {modelId}: {e.Message}", e);
        }

        try
        {
            own = await TimedProcess.MedianMillisecondsAsync(() => OwnProcess.Start(modelId, input, ownOutput, options.TileSize, options.Precision), ownOutput, runs, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidOperationException e)
        {
            throw new UpscaleException(UpscaleErrorKind.Model, $"{input}: pdnupscale upscale as a new process failed on {modelId}: {e.Message}", e);
        }

        report.SetReference(ncnn, own);
    }

    private static (int Width, int Height) ImageSize(string path)
    {
        using DecodedImage image = new SkiaImageDecoder(new DecoderOptions()).Decode(path);
        return (image.Image.Width, image.Image.Height);
    }

    private static string Size(int width, int height) => string.Create(CultureInfo.InvariantCulture, $"{width}x{height}");
}
