// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using ComputeSharp;
using PdnUpscale.Core.Imaging;

namespace PdnUpscale.Gpu.Shaders;

/// <summary>
/// Blends one model output tile into the band of open output rows: copies it for hard-cropped plans, else
/// adds it with feather weights (<see cref="PixelMath.FeatherWeight"/>, <see cref="PixelMath.Weighted"/>)
/// that sum to 1 across overlaps. The band is a ring: output row r lives in band row r mod capacity. One
/// thread per pixel of the tile's blend region.
/// </summary>
/// <param name="tile">The model output, NCHW 3 × <paramref name="tileHeight"/> × <paramref name="tileWidth"/>.</param>
/// <param name="band">The band, NCHW 3 × <paramref name="bandCapacity"/> × <paramref name="outputWidth"/>.</param>
/// <param name="tileWidth">The model output tile width.</param>
/// <param name="tileHeight">The model output tile height.</param>
/// <param name="offsetX">The output-tile column of the blend region's left edge.</param>
/// <param name="offsetY">The output-tile row of the blend region's top edge.</param>
/// <param name="blendX">The blend region's left column in the output.</param>
/// <param name="blendY">The blend region's top row in the output.</param>
/// <param name="blendWidth">The blend region's width.</param>
/// <param name="blendHeight">The blend region's height.</param>
/// <param name="rampLeft">The feather ramp at the left edge (0 = hard).</param>
/// <param name="rampTop">The feather ramp at the top edge.</param>
/// <param name="rampRight">The feather ramp at the right edge.</param>
/// <param name="rampBottom">The feather ramp at the bottom edge.</param>
/// <param name="outputWidth">The output (and band) width.</param>
/// <param name="bandCapacity">The band's row count.</param>
/// <param name="hardCrop">1 to copy instead of accumulating.</param>
[ThreadGroupSize(DefaultThreadGroupSizes.XY)]
[GeneratedComputeShaderDescriptor]
internal readonly partial struct BlendShader(
    ReadOnlyBuffer<float> tile,
    ReadWriteBuffer<float> band,
    int tileWidth,
    int tileHeight,
    int offsetX,
    int offsetY,
    int blendX,
    int blendY,
    int blendWidth,
    int blendHeight,
    int rampLeft,
    int rampTop,
    int rampRight,
    int rampBottom,
    int outputWidth,
    int bandCapacity,
    int hardCrop) : IComputeShader
{
    /// <inheritdoc/>
    public void Execute()
    {
        int x = ThreadIds.X;
        int y = ThreadIds.Y;
        float weightX = PixelMath.FeatherWeight(x, blendWidth, rampLeft, rampRight);
        float weightY = PixelMath.FeatherWeight(y, blendHeight, rampTop, rampBottom);
        int bandRow = (blendY + y) % bandCapacity;
        for (int c = 0; c < 3; c++)
        {
            float value = tile[PixelMath.NchwIndex(c, offsetY + y, offsetX + x, tileHeight, tileWidth)];
            int target = PixelMath.NchwIndex(c, bandRow, blendX + x, bandCapacity, outputWidth);
            band[target] = hardCrop != 0 ? value : band[target] + PixelMath.Weighted(value, weightX, weightY);
        }
    }
}
