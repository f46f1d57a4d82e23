// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Globalization;

namespace PdnUpscale.Quality;

/// <summary>Formats table cells.</summary>
public static class MarkdownCell
{
    /// <summary>Formats a number, or a dash when it does not apply (NaN).</summary>
    /// <param name="value">The value.</param>
    /// <param name="format">The number format.</param>
    /// <returns>The cell text.</returns>
    public static string Number(double value, string format) => double.IsNaN(value) ? "–" : value.ToString(format, CultureInfo.InvariantCulture);
}
