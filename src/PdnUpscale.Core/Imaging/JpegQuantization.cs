// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Core.Imaging;

/// <summary>
/// What a JPEG file's header says about how its pixels were compressed: the quantization table of each
/// component and how the components were subsampled. From it follow the quality the encoder was set to (for the
/// IJG/libjpeg tables almost every encoder uses) and the set of images that would have compressed to the same file.
/// </summary>
public sealed class JpegQuantization
{
    /// <summary>The JPEG zig-zag scan: the natural (row-major) index of the coefficient at each position of a DQT table.</summary>
    internal static readonly int[] ZigZag =
    [
        0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6, 7, 14, 21, 28,
        35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51, 58, 59, 52, 45, 38, 31, 39, 46, 53, 60, 61, 54, 47, 55, 62, 63,
    ];

    // ITU-T T.81 Annex K, tables K.1 (luminance) and K.2 (chrominance), natural order: the IJG bases scaled by quality.
    private static readonly int[] LumaBase =
    [
        16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55, 14, 13, 16, 24, 40, 57, 69, 56, 14, 17, 22, 29, 51, 87, 80, 62,
        18, 22, 37, 56, 68, 109, 103, 77, 24, 35, 55, 64, 81, 104, 113, 92, 49, 64, 78, 87, 103, 121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99,
    ];

    private static readonly int[] ChromaBase = BuildChromaBase();

    /// <summary>Initializes a new instance of the <see cref="JpegQuantization"/> class.</summary>
    /// <param name="components">The frame's components in order (Y, Cb, Cr or one grey component), each with its table.</param>
    public JpegQuantization(IReadOnlyList<JpegComponent> components)
    {
        ArgumentNullException.ThrowIfNull(components);
        if (components.Count is not (1 or 3) || components.Any(c => c.Table.Length != 64 || c.Table.Any(q => q < 1)))
        {
            throw new ArgumentException("A JPEG frame has one or three components, each with 64 quantizer steps of at least 1.", nameof(components));
        }

        this.Components = components;
        (this.Quality, this.IsStandard) = EstimateQuality(components);
    }

    /// <summary>Gets the components: Y, Cb, Cr (or one grey component), each with its quantizer steps and sampling.</summary>
    public IReadOnlyList<JpegComponent> Components { get; }

    /// <summary>
    /// Gets the IJG quality (1..100) whose tables are closest to the file's: exactly the encoder's setting when
    /// <see cref="IsStandard"/>, else the nearest match.
    /// </summary>
    public int Quality { get; }

    /// <summary>Gets a value indicating whether the tables are exactly IJG's at <see cref="Quality"/>.</summary>
    public bool IsStandard { get; }

    /// <summary>
    /// Gets a value indicating whether the decoded pixels lie on the file's 8 × 8 block grid as stored: false when
    /// the decoder turned or mirrored them (EXIF orientation), so the blocks no longer start at the top left.
    /// </summary>
    public bool BlocksAligned { get; init; } = true;

    /// <summary>Gets IJG's table for a quality: the Annex K base scaled as libjpeg does, clamped to 1..255 (baseline).</summary>
    /// <param name="quality">The quality, 1..100.</param>
    /// <param name="chroma">Whether the chrominance table is wanted.</param>
    /// <returns>The 64 steps in natural order.</returns>
    public static int[] StandardTable(int quality, bool chroma)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quality, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quality, 100);
        int scale = quality < 50 ? 5000 / quality : 200 - (2 * quality);
        return [.. (chroma ? ChromaBase : LumaBase).Select(b => Math.Clamp(((b * scale) + 50) / 100, 1, 255))];
    }

    private static (int Quality, bool Exact) EstimateQuality(IReadOnlyList<JpegComponent> components)
    {
        // Compare every IJG quality with the file's luma table (and the first chroma table): the least total
        // difference wins, and a difference of zero means the encoder used IJG's tables at that quality.
        int best = 1;
        long bestError = long.MaxValue;
        for (int q = 1; q <= 100; q++)
        {
            long error = Difference(components[0].Table, StandardTable(q, chroma: false));
            if (components.Count > 1)
            {
                error += Difference(components[1].Table, StandardTable(q, chroma: true));
            }

            if (error < bestError)
            {
                (best, bestError) = (q, error);
            }
        }

        return (best, bestError == 0);
    }

    private static long Difference(int[] table, int[] standard)
    {
        long sum = 0;
        for (int i = 0; i < 64; i++)
        {
            sum += Math.Abs(table[i] - standard[i]);
        }

        return sum;
    }

    private static int[] BuildChromaBase()
    {
        var table = Enumerable.Repeat(99, 64).ToArray();
        int[][] corner = [[17, 18, 24, 47], [18, 21, 26, 66], [24, 26, 56], [47, 66]];
        for (int y = 0; y < corner.Length; y++)
        {
            for (int x = 0; x < corner[y].Length; x++)
            {
                table[(y * 8) + x] = corner[y][x];
            }
        }

        return table;
    }
}

/// <summary>One component of a JPEG frame.</summary>
/// <param name="Table">Its 64 quantizer steps, natural (row-major) order.</param>
/// <param name="HorizontalSampling">Its horizontal sampling factor (1..4); the largest of the frame is full resolution.</param>
/// <param name="VerticalSampling">Its vertical sampling factor (1..4).</param>
public sealed record JpegComponent(int[] Table, int HorizontalSampling, int VerticalSampling);
