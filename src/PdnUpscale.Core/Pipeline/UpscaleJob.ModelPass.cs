// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Diagnostics;
using PdnUpscale.Core.Blending;
using PdnUpscale.Core.Errors;
using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Inference;
using PdnUpscale.Core.Models;
using PdnUpscale.Core.Postprocessing;
using PdnUpscale.Core.Preprocessing;
using PdnUpscale.Core.Tiling;

namespace PdnUpscale.Core.Pipeline;

/// <summary>
/// One model pass: tiles in, blended rows out. Out of memory halves the tile and starts the pass again (the
/// retry policy's inner half): on the CPU down to <see cref="MinimumTileSize"/>, on a GPU until
/// <see cref="UpscaleConfiguration.MaxGpuAttempts"/> attempts of the job have failed, when the exception goes
/// on to the use case, which runs the image on the CPU.
/// </summary>
internal sealed partial class UpscaleJob
{
    private const int MinimumTileSize = 32;

    private enum StageKind
    {
        Preprocess,
        Inference,
        SessionSetup,
        Blend,
        Postprocess,
        Resample,
        Fidelity,
    }

    private void ModelPass(Bgra32Image input, Bgra32Image target, OutputChannels channels, int bleedPasses, UpscaleStage stage)
    {
        while (true)
        {
            this.TileSize = this.TileFor(input.Width, input.Height);
            TilePlan plan = TilePlanner.Plan(input.Width, input.Height, this.options.Model.Geometry, this.TileSize);
            int doneBefore = this.tracker.TilesDone;
            try
            {
                this.RunTiles(plan, input, target, channels, bleedPasses, stage);
                return;
            }
            catch (InferenceOutOfMemoryException ex) when (!this.onGpu || ++this.gpuAttemptsFailed < this.configuration.MaxGpuAttempts)
            {
                int failed = this.TileSize.LongestCoreOn(input.Width, input.Height);
                if (failed / 2 < MinimumTileSize)
                {
                    throw new UpscaleException(UpscaleErrorKind.Model, $"The model '{this.options.Model.Id}' ran out of memory even on {failed}-pixel tiles.", ex);
                }

                this.sessions.Evict(this.options.Model);
                this.fixedTile = TileShape.Square(failed / 2);
                this.configuration.Warning?.Invoke($"Out of memory on {failed}-pixel tiles; retrying with {failed / 2}.");
                int newCount = TilePlanner.Plan(input.Width, input.Height, this.options.Model.Geometry, this.fixedTile.Value).Tiles.Count;
                this.tracker.Replan(this.tracker.TilesDone - doneBefore, plan.Tiles.Count, newCount);
            }
        }
    }

    private void RunTiles(TilePlan plan, Bgra32Image input, Bgra32Image target, OutputChannels channels, int bleedPasses, UpscaleStage stage)
    {
        ModelDescriptor model = this.options.Model;
        ITileSession session = this.Timed(StageKind.SessionSetup, () => this.sessions.GetSession(this.options.Model, this.options.Device, this.options.Precision, plan.TileInputWidth, plan.TileInputHeight));
        this.DeviceName = session.DeviceName;
        using IPreprocessJob pre = this.Timed(StageKind.Preprocess, () => this.preprocessor.Begin(input, new PreprocessSettings(model.InputRange, model.IsBgr, bleedPasses), this.cancellationToken));
        using IBlendJob blend = this.blender.Begin(plan, this.postprocessor, target, new PostprocessSettings(model.InputRange, model.IsBgr, channels, this.grayscale));
        foreach (Tile tile in plan.Tiles)
        {
            this.cancellationToken.ThrowIfCancellationRequested();
            this.Timed(StageKind.Preprocess, () => pre.WriteTile(tile.Source, session.Input));
            this.Timed(StageKind.Inference, () => session.Run(this.cancellationToken));
            this.Timed(StageKind.Blend, () => blend.Add(tile, session.Output));
            this.Timed(StageKind.Postprocess, blend.Flush);
            this.tracker.TileDone(stage);
        }
    }

    private void Timed(StageKind stage, Action action) => this.Timed(stage, () =>
    {
        action();
        return 0;
    });

    private T Timed<T>(StageKind stage, Func<T> action)
    {
        long start = Stopwatch.GetTimestamp();
        try
        {
            return action();
        }
        finally
        {
            TimeSpan spent = Stopwatch.GetElapsedTime(start);
            switch (stage)
            {
                case StageKind.Preprocess: this.timings.Preprocess += spent; break;
                case StageKind.Inference: this.timings.Inference += spent; break;
                case StageKind.SessionSetup: this.timings.SessionSetup += spent; break;
                case StageKind.Blend: this.timings.Blend += spent; break;
                case StageKind.Postprocess: this.timings.Postprocess += spent; break;
                case StageKind.Fidelity: this.timings.Fidelity += spent; break;
                default: this.timings.Resample += spent; break;
            }
        }
    }
}
