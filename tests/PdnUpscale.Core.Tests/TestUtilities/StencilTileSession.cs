// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Inference;

namespace PdnUpscale.Core.Tests.TestUtilities;

/// <summary>
/// A deterministic stand-in for a model with a known receptive field: each output pixel is a sharpened box
/// average over a (2R+1)² input window, zero-padded at the tile edge like a convolution network, enlarged by
/// nearest neighbour with a sub-pixel ramp. With <c>globalTerm</c> it also adds the tile's mean, a global
/// operation that makes tiling inexact (like squeeze-excitation).
/// </summary>
internal sealed class StencilTileSession(int width, int height, int radius, int scale, bool globalTerm) : ITileSession
{
    private readonly float[] input = new float[3 * width * height];
    private readonly float[] output = new float[3 * width * height * scale * scale];

    public int InputWidth => width;

    public int InputHeight => height;

    public int OutputWidth => width * scale;

    public int OutputHeight => height * scale;

    public string DeviceName => "Stencil";

    public Span<float> Input => this.input;

    public ReadOnlySpan<float> Output => this.output;

    public int Runs { get; private set; }

    public Action<StencilTileSession>? BeforeRun { get; set; }

    public void Run(CancellationToken cancellationToken)
    {
        this.BeforeRun?.Invoke(this);
        cancellationToken.ThrowIfCancellationRequested();
        this.Runs++;
        for (int c = 0; c < 3; c++)
        {
            float mean = globalTerm ? this.input.AsSpan(c * width * height, width * height).ToArray().Average() : 0f;
            for (int y = 0; y < height; y++)
            {
                for (int x = 0; x < width; x++)
                {
                    float v = this.Filter(c, x, y) + (0.1f * mean);
                    for (int dy = 0; dy < scale; dy++)
                    {
                        for (int dx = 0; dx < scale; dx++)
                        {
                            int o = PixelMath.NchwIndex(c, (y * scale) + dy, (x * scale) + dx, height * scale, width * scale);
                            this.output[o] = v + (0.02f * (dx - dy));
                        }
                    }
                }
            }
        }
    }

    public void Dispose()
    {
    }

    private float Filter(int c, int x, int y)
    {
        float sum = 0;
        for (int dy = -radius; dy <= radius; dy++)
        {
            for (int dx = -radius; dx <= radius; dx++)
            {
                int sx = x + dx, sy = y + dy;
                if (sx >= 0 && sx < width && sy >= 0 && sy < height)
                {
                    sum += this.input[PixelMath.NchwIndex(c, sy, sx, height, width)];
                }
            }
        }

        float n = ((2 * radius) + 1) * ((2 * radius) + 1);
        float center = this.input[PixelMath.NchwIndex(c, y, x, height, width)];
        return center + (0.5f * (center - (sum / n)));
    }
}
