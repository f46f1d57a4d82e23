// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Diagnostics;

namespace PdnUpscale.Core.Pipeline;

/// <summary>Counts tiles over all passes of one upscale and reports them with an ETA.</summary>
internal sealed class ProgressTracker
{
    private readonly IProgress<UpscaleProgress>? progress;
    private readonly Stopwatch clock = Stopwatch.StartNew();

    public ProgressTracker(IProgress<UpscaleProgress>? progress, int tilesTotal)
    {
        this.progress = progress;
        this.TilesTotal = tilesTotal;
    }

    /// <summary>Gets the tiles finished.</summary>
    public int TilesDone { get; private set; }

    /// <summary>Gets the tiles planned.</summary>
    public int TilesTotal { get; private set; }

    /// <summary>Reports a stage change without a finished tile.</summary>
    /// <param name="stage">The stage.</param>
    public void Report(UpscaleStage stage) => this.progress?.Report(this.Snapshot(stage));

    /// <summary>Counts a finished tile and reports.</summary>
    /// <param name="stage">The stage.</param>
    public void TileDone(UpscaleStage stage)
    {
        this.TilesDone++;
        this.Report(stage);
    }

    /// <summary>Replans a pass that restarts with another tile count (after an out-of-memory retry).</summary>
    /// <param name="tilesRedone">The tiles of the failed attempt that will run again.</param>
    /// <param name="oldCount">The pass's planned tile count before.</param>
    /// <param name="newCount">The pass's tile count now.</param>
    public void Replan(int tilesRedone, int oldCount, int newCount)
    {
        this.TilesDone -= tilesRedone;
        this.TilesTotal += newCount - oldCount;
    }

    private UpscaleProgress Snapshot(UpscaleStage stage)
    {
        TimeSpan elapsed = this.clock.Elapsed;
        TimeSpan? remaining = null;
        if (this.TilesDone > 0)
        {
            remaining = elapsed / this.TilesDone * (this.TilesTotal - this.TilesDone);
        }

        return new UpscaleProgress(stage, this.TilesDone, this.TilesTotal, elapsed, remaining);
    }
}
