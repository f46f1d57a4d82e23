// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Bench.Metrics;
using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Tests.TestUtilities;

namespace PdnUpscale.Core.Tests.Quality;

public sealed class SharpnessTests
{
    [Fact]
    public void RiseDistance_LinearRamp_IsEightTenthsOfItsLength()
    {
        // 0, 10, …, 100 over 10 samples: 10 % at sample 1, 90 % at sample 9.
        double[] ramp = Enumerable.Range(0, 11).Select(i => i * 10.0).ToArray();

        Assert.Equal(8.0, Sharpness.RiseDistance(ramp), 9);
    }

    [Fact]
    public void EdgeRiseDistance_HardStepIsShorterThanSoftStep()
    {
        using Bgra32Image hard = MetricImages.VerticalEdge(16, 4, rampWidth: 1);
        using Bgra32Image soft = MetricImages.VerticalEdge(16, 4, rampWidth: 6);

        Assert.Equal(0.8, Sharpness.EdgeRiseDistance(hard), 9);
        Assert.True(Sharpness.EdgeRiseDistance(soft) > 4);
    }

    [Fact]
    public void GradientEnergy_OfFixture_DropsWhenDetailIsAveragedAway()
    {
        using Bgra32Image photo = TestImages.LoadInput("chelsea-eye.png");
        using Bgra32Image blurred = MetricImages.BoxBlur3(photo);

        Assert.True(Sharpness.GradientEnergy(photo) > 1.5 * Sharpness.GradientEnergy(blurred));
    }

    [Fact]
    public void GradientEnergy_ConstantImage_IsZero()
    {
        using Bgra32Image black = Bgra32Image.Allocate(5, 5);
        using Bgra32Image flat = MetricImages.Offset(black, 90);

        Assert.Equal(0, Sharpness.GradientEnergy(flat));
    }
}
