// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Diagnostics.CodeAnalysis;

namespace PdnUpscale.Core.Inference;

/// <summary>The number format CPU inference computes in.</summary>
public enum InferencePrecision
{
    /// <summary>
    /// Int8 where it pays and keeps the quality: a CPU session, a CPU with VNNI (<see cref="Int8Support.HasVnni"/>),
    /// and a model whose int8 calibration is within <see cref="Models.Int8Calibration.MaxPsnrYLossDb"/> of fp32 and
    /// measured at least <see cref="Models.Int8Calibration.MinSpeedUp"/> times faster (<see cref="Models.Int8Calibration.PaysInAuto"/>);
    /// otherwise fp32.
    /// </summary>
    Auto,

    /// <summary>32-bit floating point, as the model file stores it.</summary>
    Fp32,

    /// <summary>uint8 activations and int8 weights wherever the model's calibration allows; CPU sessions only.</summary>
    [SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "int8 is the name users know the format by (--precision int8).")]
    Int8,
}
