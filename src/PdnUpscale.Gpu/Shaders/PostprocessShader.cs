// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using ComputeSharp;
using PdnUpscale.Core.Imaging;

namespace PdnUpscale.Gpu.Shaders;

/// <summary>
/// Converts blended values to BGRA8 with <see cref="PixelMath.ToByte"/> (the CPU stage's rounding) and merges
/// them into the packed destination: colour (or its grey, <see cref="PixelMath.GrayOf"/>, for grey sources)
/// with A = 255 or A kept, or A only from the grey of an alpha pass. Optionally clears the band values it
/// consumed, so the ring band is ready for the next tile row. One thread per pixel of a rectangle.
/// </summary>
/// <param name="band">The band, NCHW 3 × <paramref name="bandCapacity"/> × <paramref name="stride"/>.</param>
/// <param name="pixels">The packed destination rows, <paramref name="stride"/> pixels apart.</param>
/// <param name="stride">The row pitch of both buffers, in pixels.</param>
/// <param name="bandCapacity">The band's row count.</param>
/// <param name="bandFirstRow">The band row (before the ring's modulo) of thread row 0.</param>
/// <param name="pixelFirstRow">The destination row of thread row 0.</param>
/// <param name="firstColumn">The column (in both buffers) of thread column 0.</param>
/// <param name="range">The model's output range.</param>
/// <param name="isBgr">1 when the model produces BGR, 0 for RGB.</param>
/// <param name="grayToAlpha">1 to write only A from the grey of the three channels.</param>
/// <param name="grayscale">1 to write the grey of the three channels to B, G and R.</param>
/// <param name="opaque">1 to set A = 255 when writing colour.</param>
/// <param name="clearBand">1 to zero the band values after reading them.</param>
[ThreadGroupSize(DefaultThreadGroupSizes.XY)]
[GeneratedComputeShaderDescriptor]
internal readonly partial struct PostprocessShader(
    ReadWriteBuffer<float> band,
    ReadWriteBuffer<uint> pixels,
    int stride,
    int bandCapacity,
    int bandFirstRow,
    int pixelFirstRow,
    int firstColumn,
    float range,
    int isBgr,
    int grayToAlpha,
    int grayscale,
    int opaque,
    int clearBand) : IComputeShader
{
    /// <inheritdoc/>
    public void Execute()
    {
        int column = firstColumn + ThreadIds.X;
        int bandRow = (bandFirstRow + ThreadIds.Y) % bandCapacity;
        int i0 = PixelMath.NchwIndex(0, bandRow, column, bandCapacity, stride);
        int i1 = PixelMath.NchwIndex(1, bandRow, column, bandCapacity, stride);
        int i2 = PixelMath.NchwIndex(2, bandRow, column, bandCapacity, stride);
        float c0 = band[i0];
        float c1 = band[i1];
        float c2 = band[i2];
        int gray = PixelMath.ToByte(PixelMath.GrayOf(c0, c1, c2), range);
        int target = ((pixelFirstRow + ThreadIds.Y) * stride) + column;
        uint pixel = pixels[target];
        if (grayToAlpha != 0)
        {
            pixel = ShaderMath.WithChannel(pixel, 3, gray);
        }
        else
        {
            pixel = ShaderMath.WithChannel(pixel, PixelMath.BgraOffset(0, isBgr), grayscale != 0 ? gray : PixelMath.ToByte(c0, range));
            pixel = ShaderMath.WithChannel(pixel, PixelMath.BgraOffset(1, isBgr), grayscale != 0 ? gray : PixelMath.ToByte(c1, range));
            pixel = ShaderMath.WithChannel(pixel, PixelMath.BgraOffset(2, isBgr), grayscale != 0 ? gray : PixelMath.ToByte(c2, range));
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
