// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Globalization;

namespace PdnUpscale.Core.Pipeline;

/// <summary>The requested tile size: <c>auto</c>, <c>0</c> (whole image in one run) or a core size in pixels.</summary>
public readonly record struct TileSizeOption
{
    private TileSizeOption(int value) => this.Value = value;

    /// <summary>Gets the size chosen from the memory budget.</summary>
    public static TileSizeOption Auto { get; } = new(-1);

    /// <summary>Gets the size that runs the whole image as one tile.</summary>
    public static TileSizeOption WholeImage { get; } = new(0);

    /// <summary>Gets the raw value: −1 for auto, 0 for whole image, otherwise the core size.</summary>
    public int Value { get; }

    /// <summary>Gets a value indicating whether the size is chosen automatically.</summary>
    public bool IsAuto => this.Value < 0;

    /// <summary>Creates a fixed core size.</summary>
    /// <param name="pixels">The core size, at least 16.</param>
    /// <returns>The option.</returns>
    public static TileSizeOption Fixed(int pixels)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pixels, 16);
        return new TileSizeOption(pixels);
    }

    /// <summary>Parses <c>auto</c>, <c>0</c> or a whole number ≥ 16.</summary>
    /// <param name="text">The text.</param>
    /// <param name="option">The parsed option.</param>
    /// <returns>Whether the text was valid.</returns>
    public static bool TryParse(string? text, out TileSizeOption option)
    {
        option = Auto;
        if (string.Equals(text, "auto", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int n) || (n != 0 && n < 16))
        {
            return false;
        }

        option = n == 0 ? WholeImage : new TileSizeOption(n);
        return true;
    }

    /// <inheritdoc/>
    public override string ToString() => this.IsAuto ? "auto" : this.Value.ToString(CultureInfo.InvariantCulture);
}
