// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Core.Imaging;

/// <summary>Quick whole-image questions that decide which passes run.</summary>
internal static class PixelScan
{
    /// <summary>Gets a value indicating whether any pixel's alpha is below <paramref name="threshold"/>.</summary>
    /// <param name="image">The image.</param>
    /// <param name="threshold">255 to find any translucency, 1 to find fully transparent pixels.</param>
    /// <returns>Whether such a pixel exists.</returns>
    public static bool AnyAlphaBelow(Bgra32Image image, int threshold)
    {
        for (int y = 0; y < image.Height; y++)
        {
            Span<byte> row = image.GetRow(y);
            for (int i = 3; i < row.Length; i += 4)
            {
                if (row[i] < threshold)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Gets a value indicating whether every pixel is grey (B = G = R).</summary>
    /// <param name="image">The image.</param>
    /// <returns>Whether the image is grey.</returns>
    public static bool IsGray(Bgra32Image image)
    {
        for (int y = 0; y < image.Height; y++)
        {
            Span<byte> row = image.GetRow(y);
            for (int i = 0; i < row.Length; i += 4)
            {
                if (row[i] != row[i + 1] || row[i + 1] != row[i + 2])
                {
                    return false;
                }
            }
        }

        return true;
    }
}
