// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Core.Pipeline;

/// <summary>A progress report: tiles done out of all tiles of all passes, and an estimate of the time left.</summary>
/// <param name="Stage">The current stage.</param>
/// <param name="TilesDone">The tiles finished so far, over all passes.</param>
/// <param name="TilesTotal">The tiles of all passes (colour, chained passes and the alpha pass).</param>
/// <param name="Elapsed">The time since the upscale started.</param>
/// <param name="Remaining">The estimated time left, or null before the first tile finished.</param>
public readonly record struct UpscaleProgress(
    UpscaleStage Stage,
    int TilesDone,
    int TilesTotal,
    TimeSpan Elapsed,
    TimeSpan? Remaining)
{
    /// <summary>Gets the fraction done, 0..1.</summary>
    public double Fraction => this.TilesTotal == 0 ? 0 : (double)this.TilesDone / this.TilesTotal;
}
