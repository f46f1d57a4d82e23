// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Core.Imaging;

/// <summary>An axis-aligned rectangle of whole pixels; it may extend outside an image (reflect padding).</summary>
/// <param name="X">The left column.</param>
/// <param name="Y">The top row.</param>
/// <param name="Width">The width in pixels.</param>
/// <param name="Height">The height in pixels.</param>
public readonly record struct PixelRect(int X, int Y, int Width, int Height)
{
    /// <summary>Gets the column just past the right edge.</summary>
    public int Right => this.X + this.Width;

    /// <summary>Gets the row just past the bottom edge.</summary>
    public int Bottom => this.Y + this.Height;

    /// <summary>Gets the number of pixels.</summary>
    public long Area => (long)this.Width * this.Height;
}
