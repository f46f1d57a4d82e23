// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Globalization;

namespace PdnUpscale.Core.Tiling;

/// <summary>
/// The core size of a tile along each axis, in source pixels: what <see cref="TilePlanner"/> is asked for (it evens
/// the cores out over the image). 0 along an axis takes the whole axis in one tile.
/// </summary>
/// <param name="Width">The requested core width, 0 for the whole width.</param>
/// <param name="Height">The requested core height, 0 for the whole height.</param>
public readonly record struct TileShape(int Width, int Height)
{
    /// <summary>Gets the shape that runs the whole image as one tile.</summary>
    public static TileShape WholeImage { get; } = new(0, 0);

    /// <summary>Creates a square shape.</summary>
    /// <param name="size">The core size along both axes, 0 for the whole image.</param>
    /// <returns>The shape.</returns>
    public static TileShape Square(int size) => new(size, size);

    /// <summary>Gets the longer core side this shape gives on an image, either axis taken whole where it says 0.</summary>
    /// <param name="width">The image width.</param>
    /// <param name="height">The image height.</param>
    /// <returns>The longer core side in pixels.</returns>
    public int LongestCoreOn(int width, int height) => Math.Max(CoreOn(this.Width, width), CoreOn(this.Height, height));

    /// <summary>Gets the shape as <c>384</c> when square, otherwise <c>512×342</c> (width × height).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => this.Width == this.Height
        ? this.Width.ToString(CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{this.Width}×{this.Height}");

    private static int CoreOn(int core, int size) => core == 0 ? size : Math.Min(core, size);
}
