// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Globalization;
using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Resampling;

namespace PdnUpscale.Core.Explain;

/// <summary>
/// A heat map of what an upscale invented: where the result departs from a plain bicubic enlargement of its
/// input (detail, edges and texture the model added). The result is shown dimmed and grey; warm colours over it
/// mark the departure, yellow for a little, red for a lot. Departure is not proof of error (true sharpening also
/// departs), but everything coloured is something the input did not show plainly.
/// </summary>
public sealed class InventedDetailMap : IDisposable
{
    /// <summary>The departure, in 8-bit luma levels (after local averaging), shown at full red.</summary>
    public const float FullScaleLevels = 24f;

    /// <summary>The departure, in levels, below which nothing is coloured (rounding and resampler differences).</summary>
    public const float NoiseFloorLevels = 2f;

    /// <summary>The departure, in levels, above which a pixel counts as invented in <see cref="InventedShare"/>.</summary>
    public const float InventedLevels = 6f;

    private InventedDetailMap(Bgra32Image image, double meanDeparture, double inventedShare)
    {
        this.Image = image;
        this.MeanDeparture = meanDeparture;
        this.InventedShare = inventedShare;
    }

    /// <summary>Gets the heat map, the size of the result.</summary>
    public Bgra32Image Image { get; }

    /// <summary>Gets the mean departure from the plain enlargement, in 8-bit luma levels.</summary>
    public double MeanDeparture { get; }

    /// <summary>Gets the share of pixels (0..1) departing by more than <see cref="InventedLevels"/>.</summary>
    public double InventedShare { get; }

    /// <summary>Gets one sentence for users stating <see cref="InventedShare"/> and <see cref="MeanDeparture"/>.</summary>
    public string Summary => string.Create(CultureInfo.InvariantCulture, $"{this.InventedShare:0.0%} of the image departs visibly from a plain enlargement (mean {this.MeanDeparture:0.0} levels).");

    /// <summary>Builds the map for a result and the input it was enlarged from.</summary>
    /// <param name="source">The input.</param>
    /// <param name="result">The enlarged result.</param>
    /// <param name="parallelism">The most threads to use.</param>
    /// <param name="cancellationToken">Checked before every row or band of every pass.</param>
    /// <returns>The map; the caller disposes it.</returns>
    /// <exception cref="OperationCanceledException">The map was cancelled.</exception>
    public static InventedDetailMap Create(Bgra32Image source, Bgra32Image result, int parallelism, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(result);
        using Bgra32Image plain = Resampler.Resize(source, result.Width, result.Height, ResampleFilter.CatmullRom, parallelism, cancellationToken);
        int width = result.Width, height = result.Height;
        var departure = new float[width * height];
        for (int y = 0; y < height; y++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Span<byte> a = result.GetRow(y), b = plain.GetRow(y);
            for (int x = 0; x < width; x++)
            {
                departure[(y * width) + x] = MathF.Abs(Luma.FullRange(a, x) - Luma.FullRange(b, x));
            }
        }

        // Average over about one input pixel, so the map shows regions rather than single-pixel noise.
        int radius = Math.Max(1, (int)Math.Round(0.5 * width / source.Width));
        float[] local = WindowFilter.Average(departure, width, height, radius, cancellationToken);
        Bgra32Image map = Bgra32Image.Allocate(width, height);
        double sum = 0;
        long invented = 0;
        for (int y = 0; y < height; y++)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                map.Dispose();
                cancellationToken.ThrowIfCancellationRequested();
            }

            Span<byte> from = result.GetRow(y), to = map.GetRow(y);
            for (int x = 0; x < width; x++)
            {
                float d = local[(y * width) + x];
                sum += d;
                invented += d > InventedLevels ? 1 : 0;
                ExplainMath.HeatPixel(Luma.FullRange(from, x), (d - NoiseFloorLevels) / (FullScaleLevels - NoiseFloorLevels), to.Slice(x * 4, 4));
            }
        }

        double pixels = (double)width * height;
        return new InventedDetailMap(map, sum / pixels, invented / pixels);
    }

    /// <inheritdoc/>
    public void Dispose() => this.Image.Dispose();
}
