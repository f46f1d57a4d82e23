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

    /// <summary>
    /// The smallest <see cref="SpeedUp"/> that lets <c>auto</c> choose int8: a model that gains less is not worth the
    /// quality it loses (nor the activation memory that shrinks its automatic tiles).
    /// </summary>
    public const double MinSpeedUp = 1.5;

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

    /// <summary>
    /// Gets or sets fp32 time ÷ int8 time of warm inference on one intra-op thread, in process CPU time (so other load
    /// on the machine hardly moves it), as <see cref="SpeedMeasurement"/> says; 0 when it was not measured.
    /// </summary>
    public double SpeedUp { get; set; }

    /// <summary>Gets or sets how and on which CPU <see cref="SpeedUp"/> was measured.</summary>
    public string SpeedMeasurement { get; set; } = string.Empty;

    /// <summary>Gets a value indicating whether int8 loses at most <see cref="MaxPsnrYLossDb"/> against fp32.</summary>
    public bool WithinBound => this.Fp32PsnrY - this.Int8PsnrY <= MaxPsnrYLossDb;

    /// <summary>
    /// Gets a value indicating whether <c>auto</c> may choose int8 (on a CPU with VNNI): the model is
    /// <see cref="WithinBound"/> and at least <see cref="MinSpeedUp"/> times faster in int8.
    /// </summary>
    public bool PaysInAuto => this.WithinBound && this.SpeedUp >= MinSpeedUp;
}
