// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using ComputeSharp;
using PdnUpscale.Core.Imaging;

namespace PdnUpscale.Gpu.Shaders;

/// <summary>
/// One colour-bleed pass: every fully transparent pixel touching a visible one takes the weighted average
/// (<see cref="PixelMath.BleedWeight"/>, <see cref="PixelMath.BleedAverage"/>) of its visible 8-neighbours
/// and becomes visible; all other pixels are copied. Reads only <paramref name="current"/>, so passes
/// ping-pong between two buffers exactly like the CPU stage's dilation.
/// </summary>
/// <param name="current">The packed pixels before the pass.</param>
/// <param name="next">The packed pixels after the pass.</param>
/// <param name="width">The image width.</param>
/// <param name="height">The image height.</param>
[ThreadGroupSize(DefaultThreadGroupSizes.XY)]
[GeneratedComputeShaderDescriptor]
internal readonly partial struct BleedShader(
    ReadWriteBuffer<uint> current,
    ReadWriteBuffer<uint> next,
    int width,
    int height) : IComputeShader
{
    /// <inheritdoc/>
    public void Execute()
    {
        int x = ThreadIds.X;
        int y = ThreadIds.Y;
        uint pixel = current[(y * width) + x];
        if (ShaderMath.Channel(pixel, 3) != 0)
        {
            next[(y * width) + x] = pixel;
            return;
        }

        int b = 0, g = 0, r = 0, total = 0;
        for (int dy = -1; dy <= 1; dy++)
        {
            for (int dx = -1; dx <= 1; dx++)
            {
                int nx = x + dx;
                int ny = y + dy;
                if (nx < 0 || nx >= width || ny < 0 || ny >= height)
                {
                    continue;
                }

                uint neighbour = current[(ny * width) + nx];
                int weight = ShaderMath.Channel(neighbour, 3) == 0 ? 0 : PixelMath.BleedWeight(dx, dy);
                b += weight * ShaderMath.Channel(neighbour, 0);
                g += weight * ShaderMath.Channel(neighbour, 1);
                r += weight * ShaderMath.Channel(neighbour, 2);
                total += weight;
            }
        }

        next[(y * width) + x] = total == 0
            ? pixel
            : (uint)PixelMath.BleedAverage(b, total)
                | ((uint)PixelMath.BleedAverage(g, total) << 8)
                | ((uint)PixelMath.BleedAverage(r, total) << 16)
                | 0xFF000000u;
    }
}
