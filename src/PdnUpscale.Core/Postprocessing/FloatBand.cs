// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Buffers;

namespace PdnUpscale.Core.Postprocessing;

/// <summary>
/// A rectangle of output pixels in planar float RGB (model channel order), where tiles are blended before
/// postprocessing. Hard-cropped plans use one tile-sized band; feathered plans a band of whole output rows
/// one tile row high. Its storage is rented once, zeroed, and returned on <see cref="Dispose"/>;
/// <see cref="FirstColumn"/>, <see cref="FirstRow"/> and <see cref="Width"/> say which output pixels it holds now.
/// </summary>
public sealed class FloatBand : IDisposable
{
    private float[]? data;

    /// <summary>Initializes a new instance of the <see cref="FloatBand"/> class.</summary>
    /// <param name="stride">The most columns it holds (the row pitch of its storage).</param>
    /// <param name="capacity">The most rows it holds.</param>
    public FloatBand(int stride, int capacity)
    {
        this.Stride = stride;
        this.Width = stride;
        this.Capacity = capacity;
        // Rented, not allocated: a band is tens of megabytes (12 MB for a 1024² output), and a host enlarging
        // image after image (a folder, the plug-in's re-runs) would otherwise allocate, zero and page in a new
        // one each time — measured, that was most of the blend stage's time.
        int length = checked(3 * stride * capacity);
        this.data = ArrayPool<float>.Shared.Rent(length);
        this.data.AsSpan(0, length).Clear();
    }

    /// <summary>Gets the row pitch of the storage, in pixels.</summary>
    public int Stride { get; }

    /// <summary>Gets the most rows the band holds.</summary>
    public int Capacity { get; }

    /// <summary>Gets or sets the number of columns in use, at most <see cref="Stride"/>.</summary>
    public int Width { get; set; }

    /// <summary>Gets or sets the output column that band column 0 holds.</summary>
    public int FirstColumn { get; set; }

    /// <summary>Gets or sets the output row that band row 0 holds.</summary>
    public int FirstRow { get; set; }

    /// <summary>Gets one row of one channel, <see cref="Width"/> values.</summary>
    /// <param name="channel">The channel 0..2 in model order.</param>
    /// <param name="bandRow">The row within the band.</param>
    /// <returns>The values.</returns>
    public Span<float> GetRow(int channel, int bandRow) =>
        this.Data.AsSpan((int)((((long)channel * this.Capacity) + bandRow) * this.Stride), this.Width);

    /// <summary>Moves rows towards the top and clears the rows freed at the bottom.</summary>
    /// <param name="count">How many rows leave the band.</param>
    public void Shift(int count)
    {
        for (int c = 0; c < 3; c++)
        {
            Span<float> plane = this.Data.AsSpan(c * this.Capacity * this.Stride, this.Capacity * this.Stride);
            plane[(count * this.Stride)..].CopyTo(plane);
            plane[((this.Capacity - count) * this.Stride)..].Clear();
        }

        this.FirstRow += count;
    }

    /// <summary>Returns the storage to the pool; the band cannot be used afterwards.</summary>
    public void Dispose()
    {
        if (this.data is not null)
        {
            ArrayPool<float>.Shared.Return(this.data);
            this.data = null;
        }
    }

    private float[] Data => this.data ?? throw new ObjectDisposedException(nameof(FloatBand));
}
