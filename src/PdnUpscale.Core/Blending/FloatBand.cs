// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Core.Blending;

/// <summary>
/// A band of output rows in planar float RGB, where tiles are blended before postprocessing: the only
/// output-sized float storage of the pipeline, bounded by one tile row.
/// </summary>
public sealed class FloatBand
{
    private readonly float[] data;

    /// <summary>Initializes a new instance of the <see cref="FloatBand"/> class.</summary>
    /// <param name="width">The row width in pixels.</param>
    /// <param name="capacity">The most rows it holds.</param>
    public FloatBand(int width, int capacity)
    {
        this.Width = width;
        this.Capacity = capacity;
        this.data = new float[3L * width * capacity];
    }

    /// <summary>Gets the row width.</summary>
    public int Width { get; }

    /// <summary>Gets the most rows the band holds.</summary>
    public int Capacity { get; }

    /// <summary>Gets or sets the output row that band row 0 holds.</summary>
    public int FirstRow { get; set; }

    /// <summary>Gets one row of one channel.</summary>
    /// <param name="channel">The channel 0..2 in model order.</param>
    /// <param name="bandRow">The row within the band.</param>
    /// <returns>The values.</returns>
    public Span<float> GetRow(int channel, int bandRow) =>
        this.data.AsSpan((int)((((long)channel * this.Capacity) + bandRow) * this.Width), this.Width);

    /// <summary>Moves rows towards the top and clears the rows freed at the bottom.</summary>
    /// <param name="count">How many rows leave the band.</param>
    public void Shift(int count)
    {
        for (int c = 0; c < 3; c++)
        {
            Span<float> plane = this.data.AsSpan(c * this.Capacity * this.Width, this.Capacity * this.Width);
            plane[(count * this.Width)..].CopyTo(plane);
            plane[((this.Capacity - count) * this.Width)..].Clear();
        }

        this.FirstRow += count;
    }
}
