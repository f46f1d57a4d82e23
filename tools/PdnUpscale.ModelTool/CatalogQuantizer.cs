// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Globalization;
using PdnUpscale.Bench.Metrics;
using PdnUpscale.Core.Codecs;
using PdnUpscale.Core.Fidelity;
using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Inference;
using PdnUpscale.Core.Models;
using PdnUpscale.Core.Models.Catalog;
using PdnUpscale.Core.Models.Onnx;
using PdnUpscale.Core.Pipeline;
using PdnUpscale.Core.Resampling;

namespace PdnUpscale.ModelTool;

/// <summary>
/// Calibrates one installed catalog model for int8 on the committed test images and records the calibration and
/// its quality in the catalog entry: mean PSNR(Y) against the originals, fp32 and int8, on the quality harness's
/// photo set (the centre 192 × 192 of each photo, shrunk by the model scale with bicubic, then enlarged). A model
/// outside the bound (<see cref="Int8Calibration.MaxPsnrYLossDb"/>) keeps its most sensitive activations in float
/// (<see cref="Int8Quantizer.RankBySensitivity"/>, measured on the calibration images), one more at a time, until
/// it is within.
/// </summary>
/// <param name="calibrationImages">The calibration images (tests/Images/Input files).</param>
/// <param name="photos">The photo files the quality is measured on.</param>
internal sealed class CatalogQuantizer(IReadOnlyList<string> calibrationImages, IReadOnlyList<string> photos)
{
    private const int Crop = 192;

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

            string kept = calibration.FloatTensors.Count == 0 ? "all activations int8" : $"{calibration.FloatTensors.Count} activations float ({string.Join(", ", calibration.FloatTensors)})";
            return string.Create(CultureInfo.InvariantCulture, $"int8 PSNR(Y) {calibration.Int8PsnrY:0.000} dB against fp32 {calibration.Fp32PsnrY:0.000} dB, {kept} ({(calibration.WithinBound ? "within" : "outside")} the {Int8Calibration.MaxPsnrYLossDb} dB bound)");
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
