// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Numerics;
using PdnUpscale.Core.Imaging;

namespace PdnUpscale.Core.Resampling;

/// <summary>
/// Rotates BGRA8 images about their centre with a Lanczos-3 kernel (the <see cref="Resampler"/>'s filter,
/// applied along both source axes), onto a canvas of any size; what falls outside the source is a fill colour,
/// blended smoothly into the edge.
/// </summary>
public static class ImageRotation
{
    private const int TableSteps = 64;
    private static readonly float[] LanczosTable = BuildTable();

    /// <summary>Rotates <paramref name="source"/> counter-clockwise (as seen on screen) into <paramref name="destination"/>, centres aligned.</summary>
    /// <param name="source">The source image.</param>
    /// <param name="destination">The destination image (usually the same size); every pixel is written.</param>
    /// <param name="degrees">The angle; negative turns clockwise.</param>
    /// <param name="fill">The colour outside the source, as B, G, R, A in 0..255.</param>
    /// <param name="parallelism">The most threads to use.</param>
    /// <param name="cancellationToken">Checked before every row.</param>
    /// <exception cref="OperationCanceledException">The rotation was cancelled; the destination is partly written.</exception>
    public static void Rotate(Bgra32Image source, Bgra32Image destination, double degrees, Vector4 fill, int parallelism, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(destination);
        double radians = degrees * Math.PI / 180;
        float cos = (float)Math.Cos(radians), sin = (float)Math.Sin(radians);
        float sourceCx = (source.Width - 1) / 2f, sourceCy = (source.Height - 1) / 2f;
        float cx = (destination.Width - 1) / 2f, cy = (destination.Height - 1) / 2f;
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken };
        Parallel.For(0, destination.Height, options, y =>
        {
            Span<byte> target = destination.GetRow(y);
            Span<float> wx = stackalloc float[6], wy = stackalloc float[6];
            for (int x = 0; x < destination.Width; x++)
            {
                // The inverse rotation: where this destination pixel comes from in the source.
                float dx = x - cx, dy = y - cy;
                float sx = sourceCx + (dx * cos) - (dy * sin), sy = sourceCy + (dx * sin) + (dy * cos);
                int left = (int)MathF.Floor(sx) - 2, top = (int)MathF.Floor(sy) - 2;
                Weights(sx - left, wx);
                Weights(sy - top, wy);
                Vector4 sum = Vector4.Zero;
                for (int j = 0; j < 6; j++)
                {
                    int row = top + j;
                    Span<byte> pixels = row >= 0 && row < source.Height ? source.GetRow(row) : default;
                    Vector4 line = Vector4.Zero;
                    for (int i = 0; i < 6; i++)
                    {
                        int col = left + i;
                        line += wx[i] * (pixels.IsEmpty || col < 0 || col >= source.Width
                            ? fill
                            : new Vector4(pixels[col * 4], pixels[(col * 4) + 1], pixels[(col * 4) + 2], pixels[(col * 4) + 3]));
                    }

                    sum += wy[j] * line;
                }

                for (int c = 0; c < 4; c++)
                {
                    target[(x * 4) + c] = (byte)PixelMath.ToByte(sum[c], 255f);
                }
            }
        });
    }

    /// <summary>Fills the six normalised taps for a sample <paramref name="offset"/> pixels after the first tap (2 ≤ offset &lt; 3).</summary>
    private static void Weights(float offset, Span<float> weights)
    {
        float total = 0;
        for (int t = 0; t < 6; t++)
        {
            int index = (int)((MathF.Abs(offset - t) * TableSteps) + 0.5f);
            weights[t] = index < LanczosTable.Length ? LanczosTable[index] : 0;
            total += weights[t];
        }

        for (int t = 0; t < 6; t++)
        {
            weights[t] /= total;
        }
    }

    private static float[] BuildTable()
    {
        int length = (int)(ResampleKernel.RadiusOf(ResampleFilter.Lanczos3) * TableSteps);
        var table = new float[length];
        for (int i = 0; i < length; i++)
        {
            table[i] = (float)ResampleKernel.Evaluate(ResampleFilter.Lanczos3, (double)i / TableSteps);
        }

        return table;
    }
}
