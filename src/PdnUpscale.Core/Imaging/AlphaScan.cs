// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Core.Imaging;

/// <summary>Quick questions about an image's alpha channel.</summary>
internal static class AlphaScan
{
    /// <summary>Gets a value indicating whether any pixel's alpha is below <paramref name="threshold"/>.</summary>
    /// <param name="image">The image.</param>
    /// <param name="threshold">255 to find any translucency, 1 to find fully transparent pixels.</param>
    /// <returns>Whether such a pixel exists.</returns>
    public static bool AnyBelow(Bgra32Image image, int threshold)
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
}
