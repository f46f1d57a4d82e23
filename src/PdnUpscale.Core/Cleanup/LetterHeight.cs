// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Imaging;

namespace PdnUpscale.Core.Cleanup;

/// <summary>
/// Estimates how tall the letters of a page or line of text are, in pixels: the median height of its ink
/// groups (Otsu threshold, 8-connected), the minority class taken as ink so light text on dark works too.
/// </summary>
/// <remarks>
/// Lower-case letters dominate text, so the median lands near the x-height, or near the height of whole words
/// where small letters touch; either way it grows in proportion to the font size, which is what the text
/// preset's choice needs (measured on the harness's lines: see <see cref="Presets.SmallTextRule"/>).
/// </remarks>
public static class LetterHeight
{
    /// <summary>Groups smaller than this many pixels (specks, i dots, full stops) are not letters.</summary>
    private const int MinPixels = 4;

    /// <summary>Fewer letter-like groups than this is not text (or too little of it to judge).</summary>
    private const int MinLetters = 8;

    /// <summary>Estimates the letter height of an image.</summary>
    /// <param name="image">The image.</param>
    /// <param name="cancellationToken">Checked before every row.</param>
    /// <returns>The median height of the letter-like ink groups in pixels, or null when the image shows no text.</returns>
    /// <exception cref="OperationCanceledException">The estimate was cancelled.</exception>
    public static double? Estimate(Bgra32Image image, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(image);
        int width = image.Width, height = image.Height;
        int level = OtsuThreshold.Level(image, cancellationToken);
        var ink = new bool[width * height];
        int inkCount = 0;
        for (int y = 0; y < height; y++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Span<byte> row = image.GetRow(y);
            for (int x = 0; x < width; x++)
            {
                bool dark = Luma.FullRange(row, x) <= level + 0.5f;
                ink[(y * width) + x] = dark;
                inkCount += dark ? 1 : 0;
            }
        }

        if (2 * inkCount > ink.Length)
        {
            for (int i = 0; i < ink.Length; i++)
            {
                ink[i] = !ink[i];
            }
        }

        var heights = new List<int>();
        InkComponents.Visit(ink, width, height, (group, _, _) =>
        {
            int top = int.MaxValue, bottom = int.MinValue;
            foreach (int p in group)
            {
                top = Math.Min(top, p / width);
                bottom = Math.Max(bottom, p / width);
            }

            // Letters, not specks and not rules, frames or pictures as tall as half the image.
            int groupHeight = bottom - top + 1;
            if (group.Count >= MinPixels && groupHeight >= 2 && 2 * groupHeight <= height)
            {
                heights.Add(groupHeight);
            }
        }, cancellationToken);

        if (heights.Count < MinLetters)
        {
            return null;
        }

        heights.Sort();
        int middle = heights.Count / 2;
        return heights.Count % 2 == 1 ? heights[middle] : (heights[middle - 1] + heights[middle]) / 2.0;
    }
}
