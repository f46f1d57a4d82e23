// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.CommandLine;
using System.Globalization;
using PdnUpscale.Cli.Files;
using PdnUpscale.Cli.Imaging;
using PdnUpscale.Cli.Interaction;
using PdnUpscale.Cli.Catalog;
using PdnUpscale.Core.Cleanup;
using PdnUpscale.Core.Codecs;
using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Models;
using PdnUpscale.Core.Pipeline;

namespace PdnUpscale.Cli.Commands;

/// <content>Runs the upscale: plan every output first, then decode, upscale and write each image in turn.</content>
internal sealed partial class UpscaleCommand
{
    /// <inheritdoc/>
    protected override async Task<int> ExecuteAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> inputs = InputCollector.Collect(parseResult.GetRequiredValue(this.inputsArgument), parseResult.GetValue(this.recursiveOption));
        ImageFileFormat? format = parseResult.GetValue(this.formatOption) is { } name ? ImageFileFormats.FromPath("." + name) : null;
        string? outDir = parseResult.GetValue(this.outDirOption);
        bool overwrite = parseResult.GetValue(this.overwriteOption);
        IReadOnlyList<OutputJob> jobs = OutputPlanner.Plan(inputs, parseResult.GetValue(this.outputOption), outDir, format, overwrite);
        UpscaleQualitySettings quality = this.qualityOptions.Resolve(parseResult, this.modelOption);
        if (quality.ExplainPath is not null && jobs.Count > 1)
        {
            throw new InvalidInputException("--explain names one file, so it needs exactly one input image.");
        }

        ModelDescriptor model = ModelLookup.Resolve(quality.ModelId);

        var options = new UpscaleOptions
        {
            Model = model,
            Scale = parseResult.GetValue(this.scaleOption),
            TargetWidth = parseResult.GetValue(this.widthOption),
            TargetHeight = parseResult.GetValue(this.heightOption),
            TileSize = parseResult.GetValue(this.tileOption),
            Device = parseResult.GetValue(this.deviceOption),
            Precision = parseResult.GetValue(this.precisionOption),
            Alpha = parseResult.GetValue(this.alphaOption),
            Fidelity = quality.Fidelity,
        };
        var decoder = new SkiaImageDecoder(new DecoderOptions { MaxPixels = parseResult.GetValue(this.maxPixelsOption) });
        var encoder = new SkiaImageEncoder();
        var encoding = new EncoderOptions { Quality = parseResult.GetValue(this.qualityOption), PngCompressionLevel = parseResult.GetValue(this.pngLevelOption) };
        if (outDir is not null)
        {
            Directory.CreateDirectory(outDir);
        }

        using var upscaler = new Upscaler(new UpscaleConfiguration { Warning = this.Console.DisplayWarning });
        int exitCode = ExitCodes.Success;
        foreach (OutputJob job in jobs)
        {
            try
            {
                await UpscaleProgressDisplay.RunAsync(this.Console, Path.GetFileName(job.Input), progress =>
                    this.UpscaleOne(job, decoder, encoder, upscaler, options, quality, encoding, overwrite, progress, cancellationToken)).ConfigureAwait(false);
                this.Console.DisplaySuccess($"{job.Output}: written.");
            }
            catch (InvalidInputException e) when (jobs.Count > 1)
            {
                // One bad image in a batch does not stop the others; the exit code still reports it.
                this.Console.DisplayError(e.Message, e);
                exitCode = exitCode == ExitCodes.Success ? e.ExitCode : exitCode;
            }
        }

        return exitCode;
    }

    private void UpscaleOne(
        OutputJob job,
        SkiaImageDecoder decoder,
        SkiaImageEncoder encoder,
        Upscaler upscaler,
        UpscaleOptions options,
        UpscaleQualitySettings quality,
        EncoderOptions encoding,
        bool overwrite,
        IProgress<UpscaleProgress> progress,
        CancellationToken cancellationToken)
    {
        using DecodedImage decoded = decoder.Decode(job.Input);
        cancellationToken.ThrowIfCancellationRequested();
        double skew = 0;
        if (quality.Cleanup is not null)
        {
            skew = ScanCleanup.Prepare(decoded.Image, quality.Cleanup);
            if (skew != 0)
            {
                this.Console.DisplayVerbose(string.Create(CultureInfo.InvariantCulture, $"{job.Input}: rotated {-skew:0.00}° to straighten the page."));
            }
        }

        UpscaleOptions imageOptions = options;
        if (quality.Preset is { } preset && quality.ModelId == preset.ModelId)
        {
            (imageOptions, string? note) = preset.ForInput(decoded.Image, options);
            if (note is not null)
            {
                this.Console.DisplayWarning($"{job.Input}: {note}");
            }
        }

        using UpscaleResult result = upscaler.Run(decoded.Image, imageOptions, progress, cancellationToken);
        if (quality.Cleanup is not null)
        {
            ScanCleanup.Finish(result.Image, quality.Cleanup);
        }

        ImageMetadata metadata = Provenance.Describe(decoded, result, options.Model);
        quality.Describe(metadata, skew, result.ModelPasses > 0);
        this.Console.DisplayVerbose(string.Create(
            CultureInfo.InvariantCulture,
            $"{job.Input}: {decoded.Image.Width}×{decoded.Image.Height} → {result.Image.Width}×{result.Image.Height} on {result.DeviceName}, tile {result.TileSize}, {result.TilesRun} tiles, {result.Timings.Total.TotalSeconds:0.00} s."));
        EncoderOptions encoderOptions = encoding with { Format = job.Format };
        AtomicFileWriter.Write(job.Output, overwrite, stream => encoder.Encode(result.Image, metadata, stream, encoderOptions), cancellationToken);
        if (quality.WriteExplanation(decoded.Image, result.Image, overwrite, cancellationToken) is { } summary)
        {
            this.Console.DisplaySuccess(summary);
        }
    }
}
