// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Resampling;

namespace PdnUpscale.Core.Tests.Resampling;

/// <summary>
/// The separable plane filter keeps its intermediate for one band of destination rows at a time: however the
/// rows are banded, every output value is the same sum of the same products as a direct two-dimensional
/// convolution computes.
/// </summary>
public sealed class PlaneFilterTests
{
    // Float sums in another order than the filter's; both are within this of the exact value.
    private const float Tolerance = 1e-3f;

    [Theory]
    [InlineData(61, 47, 150, 97, ResampleFilter.Lanczos3)] // enlarging: bands share source rows
    [InlineData(150, 97, 40, 23, ResampleFilter.CatmullRom)] // shrinking: taps reach far
    [InlineData(33, 80, 33, 200, ResampleFilter.Box)]
    public void EveryBandingGivesTheDirectConvolution(int sourceWidth, int sourceHeight, int width, int height, ResampleFilter filter)
    {
        var random = new Random(7);
        float[] source = [.. Enumerable.Range(0, sourceWidth * sourceHeight).Select(_ => (float)random.Next(256))];
        ResampleKernel kx = ResampleKernel.Create(sourceWidth, width, filter), ky = ResampleKernel.Create(sourceHeight, height, filter);
        float[] direct = Direct(source, sourceWidth, sourceHeight, kx, ky);

        // One row's reach per band, a few rows, and the whole plane in one band.
        foreach (int bandValues in new[] { 1, 7 * width, int.MaxValue })
        {
            var banded = new float[width * height];
            PlaneFilter.Apply(sourceWidth, sourceHeight, (y, row) => source.AsSpan(y * sourceWidth, sourceWidth).CopyTo(row), kx, ky, (y, row) => row.CopyTo(banded.AsSpan(y * width, width)), bandValues, 2, CancellationToken.None);

            for (int i = 0; i < direct.Length; i++)
            {
                Assert.True(Math.Abs(direct[i] - banded[i]) <= Tolerance, $"bands of {bandValues} values: value {i} is {banded[i]}, not {direct[i]}");
            }
        }
    }

    private static float[] Direct(float[] source, int sourceWidth, int sourceHeight, ResampleKernel kx, ResampleKernel ky)
    {
        int width = kx.Starts.Length, height = ky.Starts.Length;
        var result = new float[width * height];
        for (int y = 0; y < height; y++)
        {
            for (int x = 0; x < width; x++)
            {
                double sum = 0;
                for (int ty = 0; ty < ky.Taps; ty++)
                {
                    int sy = ky.Starts[y] + ty;
                    for (int tx = 0; tx < kx.Taps; tx++)
                    {
                        int sx = kx.Starts[x] + tx;
                        if (sy >= 0 && sy < sourceHeight && sx >= 0 && sx < sourceWidth)
                        {
                            sum += (double)ky.Weights[(y * ky.Taps) + ty] * kx.Weights[(x * kx.Taps) + tx] * source[(sy * sourceWidth) + sx];
                        }
                    }
                }

                result[(y * width) + x] = (float)sum;
            }
        }

        return result;
    }
}
