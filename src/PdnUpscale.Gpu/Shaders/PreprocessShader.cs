// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using ComputeSharp;
using PdnUpscale.Core.Imaging;

namespace PdnUpscale.Gpu.Shaders;

/// <summary>
/// Gathers one model input tile: packed BGRA8 source pixels → planar float32 NCHW, reflect-padded at the
/// image borders (<see cref="PixelMath.ReflectIndex"/>). One thread per tile pixel, writing its three channels.
/// </summary>
/// <param name="pixels">The packed (bled) source image.</param>
/// <param name="tile">The NCHW tile, 3 × <paramref name="tileHeight"/> × <paramref name="tileWidth"/> floats.</param>
/// <param name="imageWidth">The source image width.</param>
/// <param name="imageHeight">The source image height.</param>
/// <param name="sourceX">The tile's left column in the image (may be negative).</param>
/// <param name="sourceY">The tile's top row in the image (may be negative).</param>
/// <param name="tileWidth">The tile width.</param>
/// <param name="tileHeight">The tile height.</param>
/// <param name="range">The model's input range.</param>
/// <param name="isBgr">1 when the model takes BGR, 0 for RGB.</param>
/// <param name="blackenTransparent">1 when bleeding ran (see <see cref="ShaderMath.ModelInput"/>).</param>
[ThreadGroupSize(DefaultThreadGroupSizes.XY)]
[GeneratedComputeShaderDescriptor]
internal readonly partial struct PreprocessShader(
    ReadWriteBuffer<uint> pixels,
    ReadWriteBuffer<float> tile,
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
        int x = ThreadIds.X;
        int y = ThreadIds.Y;
        uint pixel = pixels[ShaderMath.SourceOffset(x, y, sourceX, sourceY, imageWidth, imageHeight)];
        for (int c = 0; c < 3; c++)
        {
            tile[PixelMath.NchwIndex(c, y, x, tileHeight, tileWidth)] = ShaderMath.ModelInput(pixel, c, isBgr, range, blackenTransparent);
        }
    }
}
