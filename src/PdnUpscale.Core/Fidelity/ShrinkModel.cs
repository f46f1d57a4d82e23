// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Resampling;

namespace PdnUpscale.Core.Fidelity;

/// <summary>
/// The assumed way the input was made from a larger image (antialiased bicubic or area averaging), used both
/// to enforce fidelity and to measure it (the quality harness's consistency score).
/// </summary>
internal sealed class ShrinkModel
{
    /// <summary>Initializes a new instance of the <see cref="ShrinkModel"/> class.</summary>
    /// <param name="width">The small (input) width.</param>
    /// <param name="height">The small (input) height.</param>
    /// <param name="largeWidth">The large (result) width.</param>
    /// <param name="largeHeight">The large (result) height.</param>
    /// <param name="kernel">The assumed shrink.</param>
    public ShrinkModel(int width, int height, int largeWidth, int largeHeight, DownscaleKernel kernel)
    {
        ResampleFilter filter = kernel.Filter();
        this.X = ResampleKernel.Create(largeWidth, width, filter);
        this.Y = ResampleKernel.Create(largeHeight, height, filter);
    }

    /// <summary>Gets the horizontal kernel, large to small.</summary>
    public ResampleKernel X { get; }

    /// <summary>Gets the vertical kernel, large to small.</summary>
    public ResampleKernel Y { get; }

    /// <summary>Shrinks one channel of a large image.</summary>
    /// <param name="large">The large image.</param>
    /// <param name="channel">The BGRA channel index.</param>
    /// <param name="linear">Whether to shrink in linear light (the result stays linear).</param>
    /// <param name="parallelism">The most threads to use.</param>
    /// <param name="cancellationToken">Checked before every row.</param>
    /// <returns>The small plane, row-major.</returns>
    public float[] Apply(Bgra32Image large, int channel, bool linear, int parallelism, CancellationToken cancellationToken)
    {
        int width = this.X.Starts.Length;
        var plane = new float[width * this.Y.Starts.Length];
        PlaneFilter.Apply(large.Width, large.Height, (y, row) => ChannelPlanes.ReadRow(large, y, channel, linear, row), this.X, this.Y, (y, row) => row.CopyTo(plane.AsSpan(y * width, width)), parallelism, cancellationToken);
        return plane;
    }
}
