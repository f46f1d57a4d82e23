// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Runtime.CompilerServices;
using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Resampling;

namespace PdnUpscale.Core.Fidelity;

/// <summary>
/// The detail control: keeps a share of what the model added over a plain bicubic enlargement of the input
/// (result = bicubic + detail · (model − bicubic)), so a result that looks over-sharpened or plasticky can be
/// dialled back towards the smooth enlargement. It runs before back-projection, which then makes the blend
/// consistent with the input again, so the fidelity guarantee holds at every detail level.
/// </summary>
public static class DetailBlend
{
    /// <summary>Blends B, G and R of <paramref name="result"/> towards the bicubic enlargement of <paramref name="source"/> in place.</summary>
    /// <param name="source">The input.</param>
    /// <param name="result">The model's result at its final size.</param>
    /// <param name="detail">The share of the model's detail kept, 0..1; 1 changes nothing.</param>
    /// <param name="parallelism">The most threads to use.</param>
    /// <param name="cancellationToken">Checked before every row.</param>
    /// <exception cref="OperationCanceledException">The blend was cancelled; the result is partly blended.</exception>
    public static void Apply(Bgra32Image source, Bgra32Image result, double detail, int parallelism, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentOutOfRangeException.ThrowIfLessThan(detail, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(detail, 1);
        if (detail >= 1)
        {
            return;
        }

        ResampleKernel kx = ResampleKernel.Create(source.Width, result.Width, ResampleFilter.CatmullRom);
        ResampleKernel ky = ResampleKernel.Create(source.Height, result.Height, ResampleFilter.CatmullRom);
        float keep = (float)detail;
        for (int channel = 0; channel < 3; channel++)
        {
            int c = channel;
            PlaneFilter.Apply(source.Width, source.Height, (y, row) => ChannelPlanes.ReadRow(source, y, c, false, row), kx, ky, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (y, smooth) =>
            {
                Span<byte> pixels = result.GetRow(y);
                for (int x = 0; x < smooth.Length; x++)
                {
                    float model = pixels[(x * 4) + c];
                    pixels[(x * 4) + c] = (byte)PixelMath.ToByte(smooth[x] + (keep * (model - smooth[x])), 255f);
                }
            }, parallelism, cancellationToken);
        }
    }
}
