// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using ComputeSharp;
using PdnUpscale.Core.Imaging;

namespace PdnUpscale.Gpu.Shaders;

/// <summary>
/// The fp16 variant of <see cref="PreprocessShader"/> for fp16 models: the same NCHW elements, packed two per
/// <see cref="uint"/> (element 2i in the low half), which is the memory layout of a float16 tensor. Shaders
/// have no 16-bit type, hence the packing. A model input comes from one 8-bit value, so the halves are looked
/// up in a 256-entry table the CPU fills (<see cref="PixelMath.ToModelRange"/> rounded to nearest even, as
/// .NET's <see cref="Half"/> cast does): <c>f32tof16</c> would round toward zero (the Direct3D rule) and
/// give different halves. One thread per output word, the words laid out <paramref name="wordsPerRow"/> to a
/// dispatch row so a large tile stays under 65,535 thread groups per dimension.
/// </summary>
/// <param name="pixels">The packed (bled) source image.</param>
/// <param name="halfOfLevel">The half bits of the model input for each 8-bit value 0..255.</param>
/// <param name="tile">The packed fp16 NCHW tile, ⌈3 × height × width / 2⌉ words.</param>
/// <param name="imageWidth">The source image width.</param>
/// <param name="imageHeight">The source image height.</param>
/// <param name="sourceX">The tile's left column in the image (may be negative).</param>
/// <param name="sourceY">The tile's top row in the image (may be negative).</param>
/// <param name="tileWidth">The tile width.</param>
/// <param name="tileHeight">The tile height.</param>
/// <param name="isBgr">1 when the model takes BGR, 0 for RGB.</param>
/// <param name="blackenTransparent">1 when bleeding ran (see <see cref="ShaderMath.ModelLevel"/>).</param>
/// <param name="wordsPerRow">The output words per dispatch row.</param>
[ThreadGroupSize(DefaultThreadGroupSizes.XY)]
[GeneratedComputeShaderDescriptor]
internal readonly partial struct PreprocessHalfShader(
    ReadWriteBuffer<uint> pixels,
    ReadOnlyBuffer<uint> halfOfLevel,
    ReadWriteBuffer<uint> tile,
    int imageWidth,
    int imageHeight,
    int sourceX,
    int sourceY,
    int tileWidth,
    int tileHeight,
    int isBgr,
    int blackenTransparent,
    int wordsPerRow) : IComputeShader
{
    /// <inheritdoc/>
    public void Execute()
    {
        int word = (ThreadIds.Y * wordsPerRow) + ThreadIds.X;
        int count = 3 * tileWidth * tileHeight;
        int first = word * 2;
        if (first >= count)
        {
            return;
        }

        uint high = 0u;
        if (first + 1 < count)
        {
            high = ElementHalf(first + 1);
        }

        // The shader's own instance methods become global HLSL functions: no `this.` on the call.
        tile[word] = ElementHalf(first) | (high << 16);
    }

    /// <summary>Gets the half bits of one NCHW element (the inverse of <see cref="PixelMath.NchwIndex"/>).</summary>
    /// <param name="index">The element index.</param>
    /// <returns>The half's bits in the low 16 bits.</returns>
    private uint ElementHalf(int index)
    {
        int plane = tileWidth * tileHeight;
        int c = index / plane;
        int y = (index - (c * plane)) / tileWidth;
        int x = index - (c * plane) - (y * tileWidth);
        uint pixel = pixels[ShaderMath.SourceOffset(x, y, sourceX, sourceY, imageWidth, imageHeight)];
        return halfOfLevel[ShaderMath.ModelLevel(pixel, c, isBgr, blackenTransparent)];
    }
}
