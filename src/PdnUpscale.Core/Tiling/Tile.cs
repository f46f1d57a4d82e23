// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Imaging;

namespace PdnUpscale.Core.Tiling;

/// <summary>
/// One tile of a <see cref="TilePlan"/>: what it reads, what it owns, and where its result goes.
/// </summary>
/// <param name="Index">The position in the plan, row-major.</param>
/// <param name="Column">The tile column.</param>
/// <param name="Row">The tile row.</param>
/// <param name="Source">
/// The input rectangle fed to the model, in source-image coordinates; always the plan's fixed tile shape, and
/// may extend past the image, where pixels are reflect-padded (<see cref="PixelMath.ReflectIndex"/>).
/// </param>
/// <param name="Core">The source pixels this tile owns; the cores of a plan partition the image.</param>
/// <param name="Blend">
/// The output rectangle this tile writes, in output coordinates: <see cref="Core"/> × scale, widened by the
/// plan's overlap on sides shared with another tile.
/// </param>
/// <param name="OutputOffsetX">The column in the model's output tile that maps to <see cref="Blend"/>'s left edge.</param>
/// <param name="OutputOffsetY">The row in the model's output tile that maps to <see cref="Blend"/>'s top edge.</param>
/// <param name="RampLeft">The feather ramp length at the blend region's left edge (0 = hard edge).</param>
/// <param name="RampTop">The feather ramp length at the top edge.</param>
/// <param name="RampRight">The feather ramp length at the right edge.</param>
/// <param name="RampBottom">The feather ramp length at the bottom edge.</param>
public readonly record struct Tile(
    int Index,
    int Column,
    int Row,
    PixelRect Source,
    PixelRect Core,
    PixelRect Blend,
    int OutputOffsetX,
    int OutputOffsetY,
    int RampLeft,
    int RampTop,
    int RampRight,
    int RampBottom);
