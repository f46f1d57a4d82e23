// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Core.Models;

/// <summary>
/// What int8 inference of one model file needs beyond the file itself, as <c>models/catalog.json</c> records it
/// (<c>int8</c>): the calibrated range of every activation the int8 graph quantizes, and the quality measured
/// with them. The weights are quantized from the file when a session opens (per output channel, symmetric), so
/// no second model file is stored.
/// </summary>
public sealed class Int8Calibration
{
    /// <summary>The largest PSNR(Y) loss against fp32 on the photo set that still lets <c>auto</c> choose int8, in dB.</summary>
    public const double MaxPsnrYLossDb = 0.2;

    /// <summary>Gets or sets the range <c>[min, max]</c> of every quantized activation, by tensor name.</summary>
    public Dictionary<string, float[]> Activations { get; set; } = [];

    /// <summary>
    /// Gets or sets the activations left in float (no <c>QuantizeLinear</c>, and the convolutions that read them keep
    /// float weights): the tensors whose quantization cost the most quality, as calibration measured it.
    /// </summary>
    public List<string> FloatTensors { get; set; } = [];

    /// <summary>Gets or sets which images the ranges were measured on.</summary>
    public string CalibrationImages { get; set; } = string.Empty;

    /// <summary>Gets or sets the photos the quality was measured on (originals shrunk by the model scale, then enlarged).</summary>
    public string PhotoSet { get; set; } = string.Empty;

    /// <summary>Gets or sets the mean PSNR(Y) of fp32 inference against the originals, in dB.</summary>
    public double Fp32PsnrY { get; set; }

    /// <summary>Gets or sets the mean PSNR(Y) of int8 inference against the originals, in dB.</summary>
    public double Int8PsnrY { get; set; }

    /// <summary>Gets a value indicating whether int8 loses at most <see cref="MaxPsnrYLossDb"/> against fp32.</summary>
    public bool WithinBound => this.Fp32PsnrY - this.Int8PsnrY <= MaxPsnrYLossDb;
}
