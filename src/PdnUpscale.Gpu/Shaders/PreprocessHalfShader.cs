// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using ComputeSharp;
using PdnUpscale.Core.Imaging;

namespace PdnUpscale.Gpu.Shaders;

/// <summary>
/// The fp16 variant of <see cref="PreprocessShader"/> for fp16 models: the same NCHW values, converted with
/// <see cref="Hlsl.Float32ToFloat16(float)"/> and packed two per <see cref="uint"/> (element 2i in the low
/// half), which is the memory layout of a float16 tensor. Shaders have no 16-bit type, hence the packing.
/// One thread per output word.
/// </summary>
/// <param name="pixels">The packed (bled) source image.</param>
/// <param name="tile">The packed fp16 NCHW tile, ⌈3 × height × width / 2⌉ words.</param>
/// <param name="imageWidth">The source image width.</param>
/// <param name="imageHeight">The source image height.</param>
/// <param name="sourceX">The tile's left column in the image (may be negative).</param>
/// <param name="sourceY">The tile's top row in the image (may be negative).</param>
/// <param name="tileWidth">The tile width.</param>
/// <param name="tileHeight">The tile height.</param>
/// <param name="range">The model's input range.</param>
/// <param name="isBgr">1 when the model takes BGR, 0 for RGB.</param>
/// <param name="blackenTransparent">1 when bleeding ran (see <see cref="ShaderMath.ModelInput"/>).</param>
[ThreadGroupSize(DefaultThreadGroupSizes.X)]
[GeneratedComputeShaderDescriptor]
internal readonly partial struct PreprocessHalfShader(
    ReadWriteBuffer<uint> pixels,
    ReadWriteBuffer<uint> tile,
    int imageWidth,
    int imageHeight,
    int sourceX,
    int sourceY,
    int tileWidth,
    int tileHeight,
    float range,
    int isBgr,
    int blackenTransparent) : IComputeShader
{
    /// <inheritdoc/>
    public void Execute()
    {
        int first = ThreadIds.X * 2;
        uint low = Hlsl.Float32ToFloat16(this.Element(first));

        // HLSL evaluates both arms of ?:, so Element(count) also runs for the last word of an odd count;
        // it maps to channel 3, pixel (0, 0), a valid read whose value is discarded.
        uint high = first + 1 < 3 * tileWidth * tileHeight ? Hlsl.Float32ToFloat16(this.Element(first + 1)) : 0u;
        tile[ThreadIds.X] = (low & 0xFFFFu) | (high << 16);
    }

    /// <summary>Gets the value of one NCHW element (the inverse of <see cref="PixelMath.NchwIndex"/>).</summary>
    /// <param name="index">The element index.</param>
    /// <returns>The model input.</returns>
    private float Element(int index)
    {
        int plane = tileWidth * tileHeight;
        int c = index / plane;
        int y = (index - (c * plane)) / tileWidth;
        int x = index - (c * plane) - (y * tileWidth);
        uint pixel = pixels[ShaderMath.SourceOffset(x, y, sourceX, sourceY, imageWidth, imageHeight)];
        return ShaderMath.ModelInput(pixel, c, isBgr, range, blackenTransparent);
    }
}
