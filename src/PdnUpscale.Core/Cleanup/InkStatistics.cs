// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Core.Cleanup;

/// <summary>What <see cref="LetterHeight"/> found in an image's ink (the minority side of its Otsu threshold).</summary>
/// <param name="Height">The median height of the letter-like groups, or null with fewer than eight of them.</param>
/// <param name="Groups">The letter-like groups: at least 4 pixels, 2 to half the image's height tall.</param>
/// <param name="InkPixels">The ink pixels in all.</param>
/// <param name="Pixels">The image's pixels.</param>
/// <param name="Level">The Otsu level that split ink from paper.</param>
internal sealed record InkStatistics(double? Height, IReadOnlyList<InkGroup> Groups, int InkPixels, int Pixels, int Level);

/// <summary>One 8-connected group of ink pixels: its bounding box (inclusive) and its size.</summary>
/// <param name="Left">The leftmost column.</param>
/// <param name="Top">The top row.</param>
/// <param name="Right">The rightmost column.</param>
/// <param name="Bottom">The bottom row.</param>
/// <param name="Pixels">The ink pixels in it.</param>
internal readonly record struct InkGroup(int Left, int Top, int Right, int Bottom, int Pixels)
{
    /// <summary>Gets the height in pixels.</summary>
    public int Height => this.Bottom - this.Top + 1;

    /// <summary>Gets the width in pixels.</summary>
    public int Width => this.Right - this.Left + 1;
}
