// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Bench.Metrics;
using PdnUpscale.Core.Fidelity;
using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Resampling;
using PdnUpscale.Core.Tests.TestUtilities;

namespace PdnUpscale.Core.Tests.Fidelity;

/// <summary>
/// The detail control between a stand-in for a model (bicubic plus invented texture finer than the input can show:
/// a one-pixel checkerboard, which shrinking removes, so back-projection cannot put it back) and plain bicubic.
/// </summary>
public sealed class DetailBlendTests
{
    /// <summary>Rounding to 8 bits twice (the stand-in, then the blend) moves a value by at most this much.</summary>
    private const int RoundingLevels = 1;

    [Fact]
    public void NoDetail_IsBicubic_AndFullDetail_ChangesNothing()
    {
        using Bgra32Image input = TestImages.LoadInput("chelsea-eye.png");
        using Bgra32Image sharp = Sharp(input);
        using Bgra32Image none = sharp.Clone();
        using Bgra32Image all = sharp.Clone();
        using Bgra32Image bicubic = Resampler.Resize(input, sharp.Width, sharp.Height, ResampleFilter.CatmullRom, 2);

        DetailBlend.Apply(input, none, 0, 2);
        DetailBlend.Apply(input, all, 1, 2);

        Assert.InRange(TestImages.MaxAbsDiff(bicubic, none), 0, RoundingLevels);
        Assert.Equal(0, TestImages.MaxAbsDiff(sharp, all));
    }

    [Fact]
    public void LessDetail_IsLessSharp_AndFidelityStillHolds()
    {
        using Bgra32Image input = TestImages.LoadInput("chelsea-eye.png");
        using Bgra32Image full = Sharp(input);
        using Bgra32Image half = full.Clone();
        using Bgra32Image none = full.Clone();

        BackProjection.Apply(input, half, new FidelityOptions { Detail = 0.5 }, 2);
        BackProjection.Apply(input, none, new FidelityOptions { Detail = 0 }, 2);

        double s1 = Sharpness.GradientEnergy(full), s5 = Sharpness.GradientEnergy(half), s0 = Sharpness.GradientEnergy(none);
        Assert.True(s1 > s5 && s5 > s0, $"sharpness {s1:0} > {s5:0} > {s0:0}");
        Assert.True(Consistency.Measure(input, half) >= 45, $"consistency {Consistency.Measure(input, half):0.0} dB");
    }

    [Fact]
    public void OutOfRange_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new FidelityOptions { Detail = 1.5 }.Validate());
    }

    private static Bgra32Image Sharp(Bgra32Image input)
    {
        Bgra32Image result = Resampler.Resize(input, input.Width * 2, input.Height * 2, ResampleFilter.CatmullRom, 2);
        for (int y = 0; y < result.Height; y++)
        {
            Span<byte> row = result.GetRow(y);
            for (int x = 0; x < result.Width; x++)
            {
                int texture = ((x + y) % 2 == 0) ? 12 : -12;
                for (int c = 0; c < 3; c++)
                {
                    row[(x * 4) + c] = (byte)Math.Clamp(row[(x * 4) + c] + texture, 0, 255);
                }
            }
        }

        return result;
    }
}
