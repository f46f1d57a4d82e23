// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Imaging;

namespace PdnUpscale.Bench.Metrics;

/// <summary>
/// Full-reference fidelity measures between two images of the same size: PSNR over the RGB channels and over
/// BT.601 luma (Y), as super-resolution papers report them. Alpha is ignored by every measure here.
/// </summary>
public static class ImageMetrics
{
    /// <summary>The peak signal value of 8-bit channels.</summary>
    public const double Peak = 255.0;

    /// <summary>
    /// Computes the PSNR over the R, G and B channels: 10·log10(255² / MSE), where MSE is the mean of the
    /// squared channel differences over every pixel and all three channels.
    /// </summary>
    /// <param name="expected">The reference image.</param>
    /// <param name="actual">The image under test, the same size as <paramref name="expected"/>.</param>
    /// <returns>The PSNR in dB; <see cref="double.PositiveInfinity"/> when the colours are identical.</returns>
    public static double PsnrRgb(Bgra32Image expected, Bgra32Image actual) =>
        ToPsnr(Mean(PixelErrors.Compute(expected, actual, PixelErrorKind.Rgb, border: 0)));

    /// <summary>
    /// Computes the PSNR over the luma Y = 16 + (65.481·R + 128.553·G + 24.966·B) / 255 (ITU-R BT.601, as in
    /// MATLAB's rgb2ycbcr and the SR literature), with Y kept unrounded.
    /// </summary>
    /// <param name="expected">The reference image.</param>
    /// <param name="actual">The image under test, the same size as <paramref name="expected"/>.</param>
    /// <returns>The PSNR in dB; <see cref="double.PositiveInfinity"/> when the lumas are identical.</returns>
    public static double PsnrY(Bgra32Image expected, Bgra32Image actual) =>
        ToPsnr(Mean(PixelErrors.Compute(expected, actual, PixelErrorKind.Luma, border: 0)));

    /// <summary>
    /// Computes the robust interior PSNR used to compare our ONNX output with the ncnn reference runtimes. It
    /// (1) ignores a frame of <paramref name="border"/> pixels on every side, where padding conventions differ;
    /// (2) takes each remaining pixel's squared error (mean over R, G, B, or the squared luma difference);
    /// (3) discards the largest <paramref name="discardFraction"/> of those per-pixel errors (rounded down to a
    /// whole number of pixels), which removes the isolated single-pixel speckles of ncnn's fp16 path; and
    /// (4) returns the PSNR of the mean of the rest.
    /// </summary>
    /// <param name="expected">The reference image.</param>
    /// <param name="actual">The image under test, the same size as <paramref name="expected"/>.</param>
    /// <param name="border">The frame width in pixels to ignore on each side.</param>
    /// <param name="discardFraction">The fraction of worst pixels to discard; 0.001 (0.1 %) by default.</param>
    /// <returns>The PSNR over RGB and over Y, in dB.</returns>
    public static RobustPsnr RobustInteriorPsnr(
        Bgra32Image expected, Bgra32Image actual, int border, double discardFraction = 0.001)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(discardFraction);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(discardFraction, 1.0);
        double rgb = TrimmedMean(PixelErrors.Compute(expected, actual, PixelErrorKind.Rgb, border), discardFraction);
        double y = TrimmedMean(PixelErrors.Compute(expected, actual, PixelErrorKind.Luma, border), discardFraction);
        return new RobustPsnr(ToPsnr(rgb), ToPsnr(y));
    }

    /// <summary>Converts a mean squared error of 8-bit values into PSNR.</summary>
    /// <param name="meanSquaredError">The mean squared error.</param>
    /// <returns>The PSNR in dB; <see cref="double.PositiveInfinity"/> for an error of zero.</returns>
    public static double ToPsnr(double meanSquaredError) =>
        meanSquaredError <= 0 ? double.PositiveInfinity : 10.0 * Math.Log10(Peak * Peak / meanSquaredError);

    private static double Mean(double[] errors)
    {
        double sum = 0;
        foreach (double error in errors)
        {
            sum += error;
        }

        return sum / errors.Length;
    }

    private static double TrimmedMean(double[] errors, double discardFraction)
    {
        int keep = errors.Length - (int)Math.Floor(errors.Length * discardFraction);
        Array.Sort(errors);
        return Mean(errors[..keep]);
    }
}
