// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Core.Imaging;

/// <summary>
/// The per-pixel formulas every stage shares, written so that ComputeSharp can transpile them into HLSL:
/// static methods of plain <see cref="int"/>/<see cref="float"/> arithmetic only — no <c>Math</c>/<c>MathF</c>,
/// no vectors, no generics, no allocations, no exceptions. The CPU stages and the GPU shaders both call them,
/// so the tests that run on Linux check the math that runs on the GPU.
/// </summary>
public static class PixelMath
{
    /// <summary>
    /// Maps a coordinate that may lie outside <c>[0, size)</c> back into it by mirroring about the edge pixels
    /// without repeating them ("reflect-101", numpy's <c>reflect</c>): −1 → 1, size → size − 2. Works for any
    /// distance, so padding wider than the image is fine.
    /// </summary>
    /// <param name="index">The coordinate, possibly outside the image.</param>
    /// <param name="size">The image extent along the axis, at least 1.</param>
    /// <returns>A coordinate in <c>[0, size)</c>.</returns>
    public static int ReflectIndex(int index, int size)
    {
        if (size <= 1)
        {
            return 0;
        }

        int period = 2 * (size - 1);
        int m = index % period;
        if (m < 0)
        {
            m += period;
        }

        return m < size ? m : period - m;
    }

    /// <summary>
    /// Gets the weight a neighbour at offset (<paramref name="dx"/>, <paramref name="dy"/>) in −1..1 has when
    /// colour is bled into a fully transparent pixel: 2 for edge neighbours, 1 for corner neighbours.
    /// </summary>
    /// <param name="dx">The horizontal offset, −1, 0 or 1.</param>
    /// <param name="dy">The vertical offset, −1, 0 or 1.</param>
    /// <returns>The integer weight; 0 for the centre.</returns>
    public static int BleedWeight(int dx, int dy)
    {
        int d = (dx * dx) + (dy * dy);
        return d == 0 ? 0 : 3 - d;
    }

    /// <summary>Divides a weighted sum of 8-bit values by the total weight, rounding half up.</summary>
    /// <param name="weightedSum">The sum of weight × value.</param>
    /// <param name="totalWeight">The sum of the weights, at least 1.</param>
    /// <returns>The rounded average, 0..255.</returns>
    public static int BleedAverage(int weightedSum, int totalWeight)
    {
        return (weightedSum + (totalWeight / 2)) / totalWeight;
    }

    /// <summary>
    /// Gets one edge's feather ramp for blending overlapping tiles: the weight of a pixel
    /// <paramref name="distance"/> pixels inside the outer edge of a tile's blend region, rising linearly
    /// across <paramref name="rampLength"/> pixels. Two neighbouring tiles whose ramps cover the same band
    /// get weights that sum to exactly 1, so no normalisation pass is needed.
    /// </summary>
    /// <param name="distance">The distance from the blend region's edge, 0 for the outermost pixel.</param>
    /// <param name="rampLength">The ramp width in pixels (twice the overlap); 0 or less means a hard edge.</param>
    /// <returns>The weight in [0, 1].</returns>
    public static float FeatherRamp(int distance, int rampLength)
    {
        if (rampLength <= 0)
        {
            return 1f;
        }

        float w = (distance + 0.5f) / rampLength;
        return w < 1f ? w : 1f;
    }

    /// <summary>
    /// Gets a tile pixel's blend weight along one axis: the product of the ramps from both edges of the
    /// tile's blend region.
    /// </summary>
    /// <param name="position">The pixel's coordinate relative to the blend region's start.</param>
    /// <param name="length">The blend region's length along the axis.</param>
    /// <param name="rampBefore">The ramp length at the start edge (0 for an image edge or a hard crop).</param>
    /// <param name="rampAfter">The ramp length at the end edge (0 for an image edge or a hard crop).</param>
    /// <returns>The weight in [0, 1].</returns>
    public static float FeatherWeight(int position, int length, int rampBefore, int rampAfter)
    {
        return FeatherRamp(position, rampBefore) * FeatherRamp(length - 1 - position, rampAfter);
    }

    /// <summary>Converts an 8-bit value to the model's input range.</summary>
    /// <param name="value">The 8-bit value, 0..255.</param>
    /// <param name="range">The model's range: 1 for [0, 1], 255 for [0, 255].</param>
    /// <returns>The model input.</returns>
    public static float ToModelRange(int value, float range)
    {
        return value * range / 255f;
    }

    /// <summary>
    /// Converts a model output to an 8-bit value: scaled to 0..255, rounded half up, clamped; NaN gives 0.
    /// </summary>
    /// <param name="value">The model output.</param>
    /// <param name="range">The model's range: 1 for [0, 1], 255 for [0, 255].</param>
    /// <returns>The 8-bit value, 0..255.</returns>
    public static int ToByte(float value, float range)
    {
        float scaled = (value * 255f / range) + 0.5f;
        if (!(scaled > 0f))
        {
            return 0;
        }

        return scaled >= 255f ? 255 : (int)scaled;
    }

    /// <summary>Gets the offset of one element of a batch-1 planar tensor in NCHW order.</summary>
    /// <param name="channel">The channel.</param>
    /// <param name="y">The row.</param>
    /// <param name="x">The column.</param>
    /// <param name="height">The tensor's height.</param>
    /// <param name="width">The tensor's width.</param>
    /// <returns>The element offset.</returns>
    public static int NchwIndex(int channel, int y, int x, int height, int width)
    {
        return (((channel * height) + y) * width) + x;
    }

    /// <summary>Gets the BGRA byte offset of an image channel for a model channel, honouring RGB or BGR order.</summary>
    /// <param name="modelChannel">The model channel 0..2.</param>
    /// <param name="isBgr">1 when the model takes BGR, 0 for RGB.</param>
    /// <returns>The byte offset within a BGRA pixel (0 = B, 1 = G, 2 = R).</returns>
    public static int BgraOffset(int modelChannel, int isBgr)
    {
        return isBgr != 0 ? modelChannel : 2 - modelChannel;
    }

    /// <summary>Gets the grey level of a model output that should be grey (the alpha pass): the mean of its channels.</summary>
    /// <param name="c0">The first channel.</param>
    /// <param name="c1">The second channel.</param>
    /// <param name="c2">The third channel.</param>
    /// <returns>The mean.</returns>
    public static float GrayOf(float c0, float c1, float c2)
    {
        return (c0 + c1 + c2) / 3f;
    }

    /// <summary>Gets the contribution of one model output value to a blended pixel: value × (weight x × weight y).</summary>
    /// <param name="value">The model output value.</param>
    /// <param name="weightX">The horizontal weight from <see cref="FeatherWeight"/>.</param>
    /// <param name="weightY">The vertical weight from <see cref="FeatherWeight"/>.</param>
    /// <returns>The weighted value to add to the accumulator.</returns>
    public static float Weighted(float value, float weightX, float weightY)
    {
        return value * (weightX * weightY);
    }
}
