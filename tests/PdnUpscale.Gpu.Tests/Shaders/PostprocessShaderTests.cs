// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Postprocessing;
using PdnUpscale.Gpu.Tests.TestUtilities;

namespace PdnUpscale.Gpu.Tests.Shaders;

/// <summary>
/// <c>PostprocessShader</c> through the stand-alone GPU postprocessor against the CPU postprocessor, byte for
/// byte: band values from a test image plus the awkward ones (NaN, infinities, negatives, overshoot, values
/// exactly half-way between two bytes), every channel mode, both ranges, grey output, a band offset into the image, into a destination with content.
/// </summary>
public sealed class PostprocessShaderTests
{
    private static readonly float[] Awkward = [float.NaN, float.PositiveInfinity, float.NegativeInfinity, -0.3f, 1.7f, 0.5f / 255f, 127.5f / 255f, 254.5f / 255f, 1f, 0f];

    public static TheoryData<string> Images => TestImages.Names;

    [Trait("Category", "Slow")]
    [Theory]
    [MemberData(nameof(Images))]
    public void RowsMatchCpuStage(string image)
    {
        using Bgra32Image source = TestImages.Load(image);
        foreach (OutputChannels channels in Enum.GetValues<OutputChannels>())
        {
            foreach ((float range, bool grayscale) in new[] { (1f, false), (255f, false), (1f, true) })
            {
                var settings = new PostprocessSettings(range, channels == OutputChannels.Color, channels, grayscale);
                using FloatBand band = BandFrom(source, range, firstRow: 3);
                using Bgra32Image expected = source.Clone();
                using Bgra32Image actual = source.Clone();
                new CpuPostprocessor(2).WriteRows(band, band.Capacity - 1, expected, settings);
                GpuTestDevice.CreateStages().Postprocessor.WriteRows(band, band.Capacity - 1, actual, settings);
                for (int y = 0; y < source.Height; y++)
                {
                    Assert.True(expected.GetRow(y).SequenceEqual(actual.GetRow(y)), $"{image} {settings}: row {y} differs");
                }
            }
        }
    }

    private static FloatBand BandFrom(Bgra32Image source, float range, int firstRow)
    {
        // A band narrower than its storage and offset into the image, as the CPU crop blender uses it.
        var band = new FloatBand(source.Width, source.Height - firstRow) { FirstRow = firstRow, FirstColumn = 2, Width = source.Width - 5 };
        for (int y = 0; y < band.Capacity; y++)
        {
            ReadOnlySpan<byte> row = source.GetRow(firstRow + y);
            for (int c = 0; c < 3; c++)
            {
                Span<float> values = band.GetRow(c, y);
                for (int x = 0; x < values.Length; x++)
                {
                    values[x] = (x + y + c) % 7 == 0 ? Awkward[(x + (3 * y) + c) % Awkward.Length] * range : row[((x + 2) * 4) + c] / 255f * range;
                }
            }
        }

        return band;
    }
}
