// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using PdnUpscale.Bench.Metrics;
using PdnUpscale.Core.Codecs;
using PdnUpscale.Core.Fidelity;
using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Inference;
using PdnUpscale.Core.Models;
using PdnUpscale.Core.Models.Catalog;
using PdnUpscale.Core.Models.Onnx;
using PdnUpscale.Core.Pipeline;
using PdnUpscale.Core.Preprocessing;
using PdnUpscale.Core.Resampling;

namespace PdnUpscale.ModelTool;

/// <summary>
/// Calibrates one installed catalog model for int8 on the committed test images and records the calibration and
/// its quality in the catalog entry: mean PSNR(Y) against the originals, fp32 and int8, on the quality harness's
/// photo set (the centre 192 × 192 of each photo, shrunk by the model scale with bicubic, then enlarged). A model
/// outside the bound (<see cref="Int8Calibration.MaxPsnrYLossDb"/>) keeps its most sensitive activations in float
/// (<see cref="Int8Quantizer.RankBySensitivity"/>, measured on the calibration images), one more at a time, until
/// it is within. Then it measures how much faster int8 runs (<see cref="Int8Calibration.SpeedUp"/>), which
/// <c>auto</c> also needs (<see cref="Int8Calibration.MinSpeedUp"/>).
/// </summary>
/// <param name="calibrationImages">The calibration images (tests/Images/Input files).</param>
/// <param name="photos">The photo files the quality is measured on.</param>
/// <param name="speedImage">The image the speed-up is measured on, whole, as one tile.</param>
internal sealed class CatalogQuantizer(IReadOnlyList<string> calibrationImages, IReadOnlyList<string> photos, string speedImage)
{
    private const int Crop = 192;

    /// <summary>Timed runs of each precision, alternating; the speed-up is the median of their ratios.</summary>
    private const int SpeedRuns = 3;

    /// <summary>The most activations kept in float: a model that needs more gains too little from int8 to be worth it.</summary>
    private const int MaxFloatTensors = 12;

    /// <summary>Calibrates and measures the model, writing the result into the entry.</summary>
    /// <param name="entry">The catalog entry.</param>
    /// <param name="onnxPath">The installed ONNX file.</param>
    /// <returns>What happened, for the log.</returns>
    public string Quantize(ModelCatalogEntry entry, string onnxPath)
    {
        var decoder = new SkiaImageDecoder();
        List<DecodedImage> decoded = [.. calibrationImages.Select(decoder.Decode)];
        try
        {
            string names = string.Join(", ", calibrationImages.Select(Path.GetFileName));
            Int8Calibration calibration = Int8Quantizer.Calibrate(entry.ToDescriptor(onnxPath), decoded.Select(d => d.Image), "tests/Images/Input: " + names);
            calibration.PhotoSet = $"{string.Join(", ", photos.Select(Path.GetFileNameWithoutExtension))}: centre {Crop}², bicubic ÷{entry.Scale}, enlarged {entry.Scale}×";
            entry.Int8Calibration = calibration;
            this.Measure(entry, onnxPath);

            // Outside the bound: keep in float the fewest of the most sensitive activations that bring it within.
            IReadOnlyList<string> ranked = calibration.WithinBound ? [] : Int8Quantizer.RankBySensitivity(entry.ToDescriptor(onnxPath), decoded.Select(d => d.Image), calibration);
            for (int count = 1; !calibration.WithinBound && count <= Math.Min(MaxFloatTensors, ranked.Count); count++)
            {
                calibration.FloatTensors = [.. ranked.Take(count)];
                this.Measure(entry, onnxPath);
            }

            this.MeasureSpeedUp(entry.ToDescriptor(onnxPath), calibration);
            string kept = calibration.FloatTensors.Count == 0 ? "all activations int8" : $"{calibration.FloatTensors.Count} activations float ({string.Join(", ", calibration.FloatTensors)})";
            return string.Create(CultureInfo.InvariantCulture, $"int8 PSNR(Y) {calibration.Int8PsnrY:0.000} dB against fp32 {calibration.Fp32PsnrY:0.000} dB, {kept} ({(calibration.WithinBound ? "within" : "outside")} the {Int8Calibration.MaxPsnrYLossDb} dB bound), {calibration.SpeedUp:0.00}× faster ({calibration.SpeedMeasurement}); auto {(calibration.PaysInAuto ? "int8" : "fp32")}");
        }
        finally
        {
            decoded.ForEach(d => d.Dispose());
        }
    }

    private void Measure(ModelCatalogEntry entry, string onnxPath)
    {
        Int8Calibration calibration = entry.Int8Calibration!;
        (double fp32Psnr, double int8Psnr) = this.MeanPsnrY(entry.ToDescriptor(onnxPath));
        (calibration.Fp32PsnrY, calibration.Int8PsnrY) = (Math.Round(fp32Psnr, 3), Math.Round(int8Psnr, 3));
    }

    /// <summary>
    /// Times warm fp32 and int8 inference of the whole speed image as one tile, on one intra-op thread, in process
    /// CPU time: other processes on the machine barely move it, as they would wall time or a multi-threaded run.
    /// </summary>
    private void MeasureSpeedUp(ModelDescriptor model, Int8Calibration calibration)
    {
        using DecodedImage decoded = new SkiaImageDecoder().Decode(speedImage);
        Bgra32Image image = decoded.Image;
        int border = model.Geometry.Border;
        var tile = new PixelRect(-border, -border, model.Geometry.InputLengthFor(image.Width), model.Geometry.InputLengthFor(image.Height));
        using var sessions = new OnnxTileSessionFactory(threads: 1, warning: null);
        using IPreprocessJob pre = new CpuPreprocessor(1).Begin(image, new PreprocessSettings(model.InputRange, model.IsBgr, BleedPasses: 0));
        ITileSession[] pair = [.. new[] { InferencePrecision.Fp32, InferencePrecision.Int8 }.Select(precision =>
        {
            ITileSession session = sessions.GetSession(model, DeviceKind.Cpu, precision, tile.Width, tile.Height);
            pre.WriteTile(tile, session.Input);
            session.Run(CancellationToken.None); // warm-up: first-run allocations and kernel selection
            return session;
        })];
        if (pair[1].DeviceName != "CPU (int8)")
        {
            throw new InvalidOperationException($"{model.Id}: the int8 session opened as '{pair[1].DeviceName}'.");
        }

        double[] ratios = [.. Enumerable.Range(0, SpeedRuns).Select(_ => CpuSeconds(pair[0]) / CpuSeconds(pair[1])).Order()];
        calibration.SpeedUp = Math.Round(ratios[SpeedRuns / 2], 2);
        calibration.SpeedMeasurement = string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(speedImage)} whole ({tile.Width}×{tile.Height} input), 1 thread, process CPU time, median of {SpeedRuns}; {CpuName()}{(Int8Support.HasVnni ? ", VNNI" : ", no VNNI")}");
    }

    private static double CpuSeconds(ITileSession session)
    {
        using var process = Process.GetCurrentProcess();
        TimeSpan before = process.TotalProcessorTime;
        session.Run(CancellationToken.None);
        process.Refresh();
        return (process.TotalProcessorTime - before).TotalSeconds;
    }

    /// <summary>The processor's model name where the OS says it (Linux, Windows), else the architecture.</summary>
    private static string CpuName()
    {
        string? name = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : Environment.GetEnvironmentVariable("PROCESSOR_IDENTIFIER");
        return name ?? RuntimeInformation.ProcessArchitecture.ToString();
    }

    private (double Fp32, double Int8) MeanPsnrY(ModelDescriptor model)
    {
        using var upscaler = new Upscaler();
        double fp32 = 0, int8 = 0;
        var decoder = new SkiaImageDecoder();
        foreach (string photo in photos)
        {
            using DecodedImage decoded = decoder.Decode(photo);
            using Bgra32Image truth = CentreCrop(decoded.Image);
            int small = Crop / model.Geometry.Scale;
            using Bgra32Image input = Resampler.Resize(truth, small, small, DownscaleKernel.Bicubic.Filter(), Environment.ProcessorCount);
            fp32 += PsnrY(upscaler, input, truth, model, InferencePrecision.Fp32);
            int8 += PsnrY(upscaler, input, truth, model, InferencePrecision.Int8);
        }

        return (fp32 / photos.Count, int8 / photos.Count);
    }

    private static double PsnrY(Upscaler upscaler, Bgra32Image input, Bgra32Image truth, ModelDescriptor model, InferencePrecision precision)
    {
        using UpscaleResult result = upscaler.Run(input, new UpscaleOptions { Model = model, Device = DeviceKind.Cpu, Precision = precision, TargetWidth = truth.Width, TargetHeight = truth.Height });
        return ImageMetrics.PsnrY(truth, result.Image);
    }

    private static Bgra32Image CentreCrop(Bgra32Image source)
    {
        Bgra32Image crop = Bgra32Image.Allocate(Crop, Crop);
        int left = (source.Width - Crop) / 2, top = (source.Height - Crop) / 2;
        for (int y = 0; y < Crop; y++)
        {
            source.GetRow(top + y).Slice(left * 4, Crop * 4).CopyTo(crop.GetRow(y));
        }

        return crop;
    }
}
