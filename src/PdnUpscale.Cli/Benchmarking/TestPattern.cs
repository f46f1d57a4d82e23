// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Imaging;

namespace PdnUpscale.Cli.Benchmarking;

/// <summary>
/// A deterministic photo-like benchmark image when no <c>--input</c> is given: smooth gradients with
/// fine texture and edges, so codecs and the model do representative work (flat images compress to nothing).
/// </summary>
internal static class TestPattern
{
    /// <summary>Creates the pattern.</summary>
    /// <param name="width">The width.</param>
    /// <param name="height">The height.</param>
    /// <returns>The opaque image; the caller disposes it.</returns>
    public static Bgra32Image Create(int width, int height)
    {
        Bgra32Image image = Bgra32Image.Allocate(width, height);
        var random = new Random(12345);
        for (int y = 0; y < height; y++)
        {
            Span<byte> row = image.GetRow(y);
            for (int x = 0; x < width; x++)
            {
                double u = (double)x / width, v = (double)y / height;
                double rings = Math.Sin(40 * Math.Sqrt(((u - 0.5) * (u - 0.5)) + ((v - 0.5) * (v - 0.5))));
                int noise = random.Next(-12, 13);
                row[(4 * x) + 0] = Clamp((255 * v) + noise);
                row[(4 * x) + 1] = Clamp((128 + (100 * rings)) + noise);
                row[(4 * x) + 2] = Clamp((255 * u) + ((x / 16 + y / 16) % 2 == 0 ? 30 : -30) + noise);
                row[(4 * x) + 3] = 255;
            }
        }

        return image;
    }

    private static byte Clamp(double value) => (byte)Math.Clamp((int)Math.Round(value), 0, 255);
}
