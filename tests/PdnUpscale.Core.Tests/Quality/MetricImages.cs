// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Imaging;

namespace PdnUpscale.Core.Tests.Quality;

/// <summary>
/// Synthetic images with known answers for the metric tests (the committed photos come from
/// <see cref="TestUtilities.TestImages.LoadInput"/>).
/// </summary>
internal static class MetricImages
{
    public static Bgra32Image Gradient(int width, int height)
    {
        Bgra32Image image = Bgra32Image.Allocate(width, height);
        for (int y = 0; y < height; y++)
        {
            Span<byte> row = image.GetRow(y);
            for (int x = 0; x < width; x++)
            {
                row[4 * x] = (byte)(10 + (5 * x));
                row[(4 * x) + 1] = (byte)(20 + (7 * y));
                row[(4 * x) + 2] = (byte)(30 + (3 * (x + y)));
                row[(4 * x) + 3] = 255;
            }
        }

        return image;
    }

    /// <summary>Returns a copy with <paramref name="offset"/> added to B, G and R.</summary>
    public static Bgra32Image Offset(Bgra32Image source, int offset)
    {
        Bgra32Image copy = source.Clone();
        for (int y = 0; y < copy.Height; y++)
        {
            Span<byte> row = copy.GetRow(y);
            for (int i = 0; i < row.Length; i++)
            {
                row[i] = i % 4 == 3 ? row[i] : (byte)(row[i] + offset);
            }
        }

        return copy;
    }

    /// <summary>A grey image 0 → 200 left to right, rising linearly over <paramref name="rampWidth"/> pixels.</summary>
    public static Bgra32Image VerticalEdge(int width, int height, int rampWidth)
    {
        Bgra32Image image = Bgra32Image.Allocate(width, height);
        int start = (width - rampWidth) / 2;
        for (int y = 0; y < height; y++)
        {
            Span<byte> row = image.GetRow(y);
            for (int x = 0; x < width; x++)
            {
                byte level = (byte)(200 * Math.Clamp(x - start + 1, 0, rampWidth) / rampWidth);
                row.Slice(4 * x, 4).Fill(level);
            }
        }

        return image;
    }

    /// <summary>Blurs with a 3×3 box filter; the outermost pixels stay as they are.</summary>
    public static Bgra32Image BoxBlur3(Bgra32Image source)
    {
        Bgra32Image result = source.Clone();
        for (int y = 1; y + 1 < source.Height; y++)
        {
            for (int i = 4; i < (source.Width - 1) * 4; i++)
            {
                int sum = 0;
                for (int dy = -1; dy <= 1; dy++)
                {
                    Span<byte> row = source.GetRow(y + dy);
                    sum += row[i - 4] + row[i] + row[i + 4];
                }

                result.GetRow(y)[i] = (byte)((sum + 4) / 9);
            }
        }

        return result;
    }
}
