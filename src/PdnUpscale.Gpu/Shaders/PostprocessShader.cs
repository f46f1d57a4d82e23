// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using ComputeSharp;
using PdnUpscale.Core.Imaging;

namespace PdnUpscale.Gpu.Shaders;

/// <summary>
/// Converts blended rows to BGRA8 with <see cref="PixelMath.ToByte"/> (the CPU stage's rounding) and merges
/// them into the packed destination: colour with A = 255, colour with A kept, or A only from the grey of
/// an alpha pass (<see cref="PixelMath.GrayOf"/>). Optionally clears the band rows it consumed, so the ring
/// band is ready for the next tile row. One thread per pixel.
/// </summary>
/// <param name="band">The band, NCHW 3 × <paramref name="bandCapacity"/> × <paramref name="width"/>.</param>
/// <param name="pixels">The packed destination rows.</param>
/// <param name="width">The row width.</param>
/// <param name="bandCapacity">The band's row count.</param>
/// <param name="bandFirstRow">The band row (before the ring's modulo) of thread row 0.</param>
/// <param name="pixelFirstRow">The destination row of thread row 0.</param>
/// <param name="range">The model's output range.</param>
/// <param name="isBgr">1 when the model produces BGR, 0 for RGB.</param>
/// <param name="grayToAlpha">1 to write only A from the grey of the three channels.</param>
/// <param name="opaque">1 to set A = 255 when writing colour.</param>
/// <param name="clearBand">1 to zero the band values after reading them.</param>
[ThreadGroupSize(DefaultThreadGroupSizes.XY)]
[GeneratedComputeShaderDescriptor]
internal readonly partial struct PostprocessShader(
    ReadWriteBuffer<float> band,
    ReadWriteBuffer<uint> pixels,
    int width,
    int bandCapacity,
    int bandFirstRow,
    int pixelFirstRow,
    float range,
    int isBgr,
    int grayToAlpha,
    int opaque,
    int clearBand) : IComputeShader
{
    /// <inheritdoc/>
    public void Execute()
    {
        int x = ThreadIds.X;
        int bandRow = (bandFirstRow + ThreadIds.Y) % bandCapacity;
        int i0 = PixelMath.NchwIndex(0, bandRow, x, bandCapacity, width);
        int i1 = PixelMath.NchwIndex(1, bandRow, x, bandCapacity, width);
        int i2 = PixelMath.NchwIndex(2, bandRow, x, bandCapacity, width);
        float c0 = band[i0];
        float c1 = band[i1];
        float c2 = band[i2];
        int target = ((pixelFirstRow + ThreadIds.Y) * width) + x;
        uint pixel = pixels[target];
        if (grayToAlpha != 0)
        {
            pixel = ShaderMath.WithChannel(pixel, 3, PixelMath.ToByte(PixelMath.GrayOf(c0, c1, c2), range));
        }
        else
        {
            pixel = ShaderMath.WithChannel(pixel, PixelMath.BgraOffset(0, isBgr), PixelMath.ToByte(c0, range));
            pixel = ShaderMath.WithChannel(pixel, PixelMath.BgraOffset(1, isBgr), PixelMath.ToByte(c1, range));
            pixel = ShaderMath.WithChannel(pixel, PixelMath.BgraOffset(2, isBgr), PixelMath.ToByte(c2, range));
            pixel = opaque != 0 ? ShaderMath.WithChannel(pixel, 3, 255) : pixel;
        }

        pixels[target] = pixel;
        if (clearBand != 0)
        {
            band[i0] = 0;
            band[i1] = 0;
            band[i2] = 0;
        }
    }
}
