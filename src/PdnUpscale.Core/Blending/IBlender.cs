// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Postprocessing;
using PdnUpscale.Core.Tiling;

namespace PdnUpscale.Core.Blending;

/// <summary>
/// The blend stage: model output tiles → <see cref="FloatBand"/>s (hard crop for tile-exact models: one
/// tile-sized band; feather weights from <see cref="PixelMath.FeatherWeight"/> otherwise: a band of output
/// rows one tile row high). Finished pixels go straight through the postprocessor into the BGRA8
/// destination, so memory stays O(one band), independent of the tile count.
/// </summary>
public interface IBlender
{
    /// <summary>Starts blending the tiles of one plan.</summary>
    /// <param name="plan">The tile plan; tiles must be added in plan order, each followed by <see cref="IBlendJob.Flush"/>.</param>
    /// <param name="postprocessor">Converts finished rows to BGRA8.</param>
    /// <param name="destination">The image of <see cref="TilePlan.OutputWidth"/> × <see cref="TilePlan.OutputHeight"/> to fill.</param>
    /// <param name="settings">How the postprocessor writes.</param>
    /// <returns>The job.</returns>
    IBlendJob Begin(TilePlan plan, IPostprocessor postprocessor, Bgra32Image destination, PostprocessSettings settings);
}

/// <summary>A blending job over one plan, created by <see cref="IBlender.Begin"/>.</summary>
public interface IBlendJob : IDisposable
{
    /// <summary>Adds one tile's model output.</summary>
    /// <param name="tile">The tile.</param>
    /// <param name="output">The model output, NCHW 3 × <see cref="TilePlan.TileOutputHeight"/> × <see cref="TilePlan.TileOutputWidth"/>.</param>
    void Add(in Tile tile, ReadOnlySpan<float> output);

    /// <summary>
    /// Postprocesses into the destination every pixel no later tile can change: the last tile for a hard
    /// crop; the rows above the next tile row's overlap once a tile row is complete for feathering.
    /// </summary>
    void Flush();
}
