// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Core.Cleanup;

/// <summary>What scan clean-up does to a page before and after it is enlarged.</summary>
public sealed class ScanCleanupOptions
{
    /// <summary>Gets a value indicating whether uneven paper (shadows, yellowing) is evened out to white.</summary>
    public bool FlattenBackground { get; init; } = true;

    /// <summary>Gets the radius, in input pixels, of the window the paper colour is estimated in (larger than a letter stroke).</summary>
    public int BackgroundRadius { get; init; } = 10;

    /// <summary>Gets the largest dark speck, in input pixels, that is removed (0 keeps all).</summary>
    public int MaxSpeckPixels { get; init; } = 2;

    /// <summary>
    /// Gets a value indicating whether a page whose text lines are turned by <see cref="Cleanup.Deskew.MinimumDegrees"/>
    /// to <see cref="Cleanup.Deskew.MaximumDegrees"/> degrees is rotated straight (see <see cref="Cleanup.Deskew"/>).
    /// </summary>
    public bool Deskew { get; init; } = true;

    /// <summary>Gets the colours of the output.</summary>
    public ScanOutput Output { get; init; } = ScanOutput.Color;
}
