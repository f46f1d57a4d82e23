// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Tiling;

namespace PdnUpscale.Core.Pipeline;

/// <summary>The enlarged image and how it was made. Disposing it frees the image.</summary>
public sealed class UpscaleResult : IDisposable
{
    /// <summary>Initializes a new instance of the <see cref="UpscaleResult"/> class.</summary>
    /// <param name="image">The enlarged image, owned by the result.</param>
    public UpscaleResult(Bgra32Image image) => this.Image = image;

    /// <summary>Gets the enlarged image.</summary>
    public Bgra32Image Image { get; }

    /// <summary>Gets the time per stage.</summary>
    public StageTimings Timings { get; } = new();

    /// <summary>Gets or sets the device inference ran on, e.g. <c>CPU</c>.</summary>
    public string DeviceName { get; set; } = string.Empty;

    /// <summary>Gets or sets the core tile shape used by the last pass (after any out-of-memory halving).</summary>
    public TileShape TileSize { get; set; }

    /// <summary>Gets or sets the number of model passes run for colour (chained passes for large scales).</summary>
    public int ModelPasses { get; set; }

    /// <summary>Gets or sets the number of tiles run in total, alpha included.</summary>
    public int TilesRun { get; set; }

    /// <inheritdoc/>
    public void Dispose() => this.Image.Dispose();
}
