// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Bench.Metrics;

/// <summary>The result of <see cref="ImageMetrics.RobustInteriorPsnr"/>.</summary>
/// <param name="Rgb">The robust PSNR over the R, G and B channels, in dB.</param>
/// <param name="Y">The robust PSNR over BT.601 luma, in dB.</param>
public readonly record struct RobustPsnr(double Rgb, double Y);
