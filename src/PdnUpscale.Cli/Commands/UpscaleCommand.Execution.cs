// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.CommandLine;
using System.Globalization;
using PdnUpscale.Cli.Files;
using PdnUpscale.Cli.Interaction;
using PdnUpscale.Core.Codecs;
using PdnUpscale.Core.Errors;
using PdnUpscale.Core.Explain;
using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Models;
using PdnUpscale.Core.Pipeline;
using PdnUpscale.Core.Upscaling;

namespace PdnUpscale.Cli.Commands;

/// <content>Runs the upscale: plan every output first, then decode, upscale and write each image in turn.</content>
internal sealed partial class UpscaleCommand
{
    /// <inheritdoc/>
    protected override async Task<int> ExecuteAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        IReadOnlyList<InputImage> inputs = InputCollector.Collect(parseResult.GetRequiredValue(this.inputsArgument), parseResult.GetValue(this.recursiveOption));
        string? outDir = parseResult.GetValue(this.outDirOption);
        bool overwrite = parseResult.GetValue(this.overwriteOption);
        string? explainPath = this.qualityOptions.ExplainPath(parseResult);
        OutputPlan plan = OutputPlanner.Plan(inputs, new OutputRequest(parseResult.GetValue(this.outputOption), outDir, explainPath, parseResult.GetValue(this.formatOption), overwrite));
        foreach (string skipped in plan.Skipped)
        {
            this.Console.DisplayWarning($"{skipped}: skipped; its name is that of another image's result, so it is taken for an earlier run's result.");
        }

        UpscaleRequest request = this.qualityOptions.Apply(parseResult, new UpscaleRequest
        {
            Model = parseResult.GetValue(this.modelOption),
            Scale = parseResult.GetValue(this.scaleOption),
            TargetWidth = parseResult.GetValue(this.widthOption),
            TargetHeight = parseResult.GetValue(this.heightOption),
            Tile = parseResult.GetValue(this.tileOption),
            Device = parseResult.GetValue(this.deviceOption),
            Precision = parseResult.GetValue(this.precisionOption),
            Alpha = parseResult.GetValue(this.alphaOption) ?? AlphaMode.Model,
        });
        var decoder = new SkiaImageDecoder(new DecoderOptions { MaxPixels = parseResult.GetValue(this.maxPixelsOption) });
        var encoder = new SkiaImageEncoder();
        var encoding = new EncoderOptions { Quality = parseResult.GetValue(this.qualityOption), PngCompressionLevel = parseResult.GetValue(this.pngLevelOption) };
        if (outDir is not null)
        {
            Directory.CreateDirectory(outDir);
        }

        using var service = new UpscaleService(ModelLibrary.Discover());
        if (request.Model is { } model)
        {
            // A model that cannot run fails the run once, before any image, not once per image.
            service.Models.Resolve(model);
        }

        int exitCode = ExitCodes.Success;
        foreach (OutputJob job in plan.Jobs)
        {
            try
            {
                await UpscaleProgressDisplay.RunAsync(this.Console, Path.GetFileName(job.Input), progress =>
                    this.UpscaleOne(job, decoder, encoder, service, request, plan.Explain, encoding, overwrite, progress, cancellationToken)).ConfigureAwait(false);
                this.Console.DisplaySuccess($"{job.Output}: written.");
            }
            catch (Exception e) when (e is not OperationCanceledException && ExitCodes.For(e) is int code)
            {
                // One failed image does not stop the others; the exit code reports the first failure.
                this.Console.DisplayError(NamingTheFile(e.Message, job), e);
                exitCode = exitCode == ExitCodes.Success ? code : exitCode;
            }
        }

        return exitCode;
    }

    /// <summary>Makes sure an error names the image it is about (a size error from Core names only sizes).</summary>
    private static string NamingTheFile(string message, OutputJob job) =>
        message.Contains(Path.GetFileName(job.Input), StringComparison.Ordinal) || message.Contains(Path.GetFileName(job.Output), StringComparison.Ordinal)
            ? message
            : $"{job.Input}: {message}";

    private void UpscaleOne(
        OutputJob job,
        SkiaImageDecoder decoder,
        SkiaImageEncoder encoder,
        UpscaleService service,
        UpscaleRequest request,
        string? explainPath,
        EncoderOptions encoding,
        bool overwrite,
        IProgress<UpscaleProgress> progress,
        CancellationToken cancellationToken)
    {
        using DecodedImage decoded = decoder.Decode(job.Input);
        cancellationToken.ThrowIfCancellationRequested();
        using UpscaleOutcome outcome = service.Run(decoded.Image, request with { InputJpeg = decoded.Metadata.Jpeg }, progress, cancellationToken);
        if (outcome.AutomaticChoice is { } choice)
        {
            this.Console.DisplayNote($"{job.Input}: {choice}");
        }

        foreach (string note in outcome.Notes)
        {
            this.Console.DisplayWarning($"{job.Input}: {note}");
        }

        if (outcome.StraightenedDegrees != 0)
        {
            this.Console.DisplayVerbose(string.Create(CultureInfo.InvariantCulture, $"{job.Input}: rotated {-outcome.StraightenedDegrees:0.00}° to straighten the page."));
        }

        UpscaleResult result = outcome.Result;
        this.Console.DisplayVerbose(string.Create(
            CultureInfo.InvariantCulture,
            $"{job.Input}: {decoded.Image.Width}×{decoded.Image.Height} → {result.Image.Width}×{result.Image.Height} on {result.DeviceName}, tile {result.TileSize}, {result.TilesRun} tiles, {result.Timings.Total.TotalSeconds:0.00} s."));

        // The file keeps the input's colour profile and kind; the provenance text is Core's.
        var metadata = outcome.DescribeIn(new ImageMetadata { IccProfile = decoded.Metadata.IccProfile, HasAlpha = decoded.Metadata.HasAlpha, IsGrayscale = decoded.Metadata.IsGrayscale });
        EncoderOptions encoderOptions = encoding with { Format = job.Format };
        AtomicFileWriter.Write(job.Output, overwrite, stream => encoder.Encode(outcome.Image, metadata, stream, encoderOptions), cancellationToken);
        if (explainPath is not null)
        {
            InventedDetailMap map = outcome.InventedDetail(decoded.Image, cancellationToken);
            var options = new EncoderOptions { Format = ImageFileFormats.FromPath(explainPath) ?? ImageFileFormat.Png };
            AtomicFileWriter.Write(explainPath, overwrite, stream => encoder.Encode(map.Image, new ImageMetadata(), stream, options), cancellationToken);
            this.Console.DisplaySuccess($"{explainPath}: {map.Summary}");
        }
    }
}
