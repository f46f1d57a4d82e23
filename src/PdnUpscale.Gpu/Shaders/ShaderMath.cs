// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Imaging;

namespace PdnUpscale.Gpu.Shaders;

/// <summary>
/// Shader-only helpers for pixels packed one BGRA8 pixel per <see cref="uint"/> (B in the low byte, the
/// memory order of a BGRA8 row on a little-endian machine). Scalar integer arithmetic only, so ComputeSharp
/// transpiles them; the formulas proper come from <see cref="PixelMath"/>.
/// </summary>
internal static class ShaderMath
{
    /// <summary>Gets one 8-bit channel of a packed pixel.</summary>
    /// <param name="pixel">The packed pixel.</param>
    /// <param name="offset">The byte offset: 0 = B, 1 = G, 2 = R, 3 = A.</param>
    /// <returns>The channel, 0..255.</returns>
    public static int Channel(uint pixel, int offset)
    {
        return (int)((pixel >> (offset * 8)) & 0xFFu);
    }

    /// <summary>Replaces one 8-bit channel of a packed pixel.</summary>
    /// <param name="pixel">The packed pixel.</param>
    /// <param name="offset">The byte offset: 0 = B, 1 = G, 2 = R, 3 = A.</param>
    /// <param name="value">The new value, 0..255.</param>
    /// <returns>The packed pixel with the channel replaced.</returns>
    public static uint WithChannel(uint pixel, int offset, int value)
    {
        int shift = offset * 8;
        return (pixel & ~(0xFFu << shift)) | ((uint)value << shift);
    }

    /// <summary>Gets the element offset of a source pixel for a tile pixel, reflect-padded at the image borders.</summary>
    /// <param name="x">The column within the tile.</param>
    /// <param name="y">The row within the tile.</param>
    /// <param name="sourceX">The tile's left column in the image (may be negative).</param>
    /// <param name="sourceY">The tile's top row in the image (may be negative).</param>
    /// <param name="imageWidth">The image width.</param>
    /// <param name="imageHeight">The image height.</param>
    /// <returns>The offset into the packed image.</returns>
    public static int SourceOffset(int x, int y, int sourceX, int sourceY, int imageWidth, int imageHeight)
    {
        return (PixelMath.ReflectIndex(sourceY + y, imageHeight) * imageWidth) + PixelMath.ReflectIndex(sourceX + x, imageWidth);
    }

    /// <summary>
    /// Gets the 8-bit value a model-input element comes from. After colour bleeding, pixels still fully
    /// transparent are black (what the CPU stage's bled copy holds).
    /// </summary>
    /// <param name="pixel">The packed pixel.</param>
    /// <param name="modelChannel">The model channel 0..2.</param>
    /// <param name="isBgr">1 when the model takes BGR, 0 for RGB.</param>
    /// <param name="blackenTransparent">1 when bleeding ran, so unreached transparent pixels read as black.</param>
    /// <returns>The value, 0..255.</returns>
    public static int ModelLevel(uint pixel, int modelChannel, int isBgr, int blackenTransparent)
    {
        int hidden = blackenTransparent != 0 && Channel(pixel, 3) == 0 ? 1 : 0;
        return hidden != 0 ? 0 : Channel(pixel, PixelMath.BgraOffset(modelChannel, isBgr));
    }

    /// <summary>Gets one model-input value of a packed source pixel (see <see cref="ModelLevel"/>).</summary>
    /// <param name="pixel">The packed pixel.</param>
    /// <param name="modelChannel">The model channel 0..2.</param>
    /// <param name="isBgr">1 when the model takes BGR, 0 for RGB.</param>
    /// <param name="range">The model's input range.</param>
    /// <param name="blackenTransparent">1 when bleeding ran, so unreached transparent pixels read as black.</param>
    /// <returns>The model input.</returns>
    public static float ModelInput(uint pixel, int modelChannel, int isBgr, float range, int blackenTransparent)
    {
        return PixelMath.ToModelRange(ModelLevel(pixel, modelChannel, isBgr, blackenTransparent), range);
    }
}
