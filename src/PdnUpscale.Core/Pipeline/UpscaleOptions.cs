// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Fidelity;
using PdnUpscale.Core.Inference;
using PdnUpscale.Core.Models;

namespace PdnUpscale.Core.Pipeline;

/// <summary>What one upscale should produce. Give either <see cref="Scale"/> or a target width/height.</summary>
public sealed record UpscaleOptions
{
    /// <summary>Gets the model to run.</summary>
    public required ModelDescriptor Model { get; init; }

    /// <summary>
    /// Gets the scale factor, 1..16, fractions allowed; null for the model's native scale (or the target size
    /// when one is given).
    /// </summary>
    public double? Scale { get; init; }

    /// <summary>Gets the exact output width; with only this set, the height keeps the aspect ratio.</summary>
    public int? TargetWidth { get; init; }

    /// <summary>Gets the exact output height; with only this set, the width keeps the aspect ratio.</summary>
    public int? TargetHeight { get; init; }

    /// <summary>Gets the tile size: auto (from the memory budget), whole image, or a fixed core size.</summary>
    public TileSizeOption TileSize { get; init; } = TileSizeOption.Auto;

    /// <summary>Gets where inference runs.</summary>
    public DeviceKind Device { get; init; } = DeviceKind.Auto;

    /// <summary>Gets the number format of CPU inference: fp32, int8, or int8 where it is fast and faithful (auto).</summary>
    public InferencePrecision Precision { get; init; } = InferencePrecision.Auto;

    /// <summary>Gets how the alpha channel is enlarged (images without alpha skip the alpha pass).</summary>
    public AlphaMode Alpha { get; init; } = AlphaMode.Model;

    /// <summary>
    /// Gets how faithful the result must stay to the input (back-projection after the last step, on the whole
    /// image), or null for the raw model output.
    /// </summary>
    public FidelityOptions? Fidelity { get; init; }

    /// <summary>
    /// Gets a value indicating whether to skip the model and enlarge with plain bicubic (Catmull-Rom)
    /// interpolation: what the text preset does where OCR measured that plain resampling reads small letters
    /// better than any model (<see cref="Presets.SmallTextRule"/>). <see cref="Fidelity"/> does not apply.
    /// </summary>
    public bool PlainResampling { get; init; }
}
