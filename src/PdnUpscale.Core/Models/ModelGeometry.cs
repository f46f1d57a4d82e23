// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Core.Models;

/// <summary>
/// The spatial contract of a model: how its output relates to its input, and how much context a tile
/// needs so that tiled inference gives the whole-image result.
/// </summary>
public sealed class ModelGeometry
{
    /// <summary>Gets the native scale factor (output pixels per input pixel along each axis).</summary>
    public required int Scale { get; init; }

    /// <summary>
    /// Gets the pixels of input context, on each side, that an output pixel depends on (the receptive-field
    /// radius). Padding a tile by this much and hard-cropping makes tiling exact for tile-exact models.
    /// </summary>
    public required int ContextPadding { get; init; }

    /// <summary>
    /// Gets the input pixels the model consumes on each side because it uses unpadded ("valid") convolutions:
    /// an input of W pixels gives (W − 2 × Border) × Scale output pixels. Zero for models that keep their size.
    /// </summary>
    public int Border { get; init; }

    /// <summary>Gets the multiple the input tile's width and height (border included) must be of; 1 for any size.</summary>
    public int InputAlignment { get; init; } = 1;

    /// <summary>
    /// Gets a value indicating whether tiled inference with <see cref="ContextPadding"/> is identical to
    /// whole-image inference. False for models with global operations (global pooling, squeeze-excitation).
    /// </summary>
    public required bool IsTileExact { get; init; }

    /// <summary>Gets the model input length that covers a run of pixels whole: the pixels and the border on both sides, rounded up to <see cref="InputAlignment"/>.</summary>
    /// <param name="pixels">The image pixels along one axis.</param>
    /// <returns>The input length.</returns>
    public int InputLengthFor(int pixels)
    {
        int alignment = Math.Max(1, this.InputAlignment);
        return (pixels + (2 * this.Border) + alignment - 1) / alignment * alignment;
    }
}
