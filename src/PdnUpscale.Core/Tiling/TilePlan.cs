// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Core.Tiling;

/// <summary>
/// How one image is cut into fixed-shape tiles for a model, made by <see cref="TilePlanner"/>. Every tile
/// has the same input shape (windows slide inward at the image border instead of shrinking), so one inference
/// session serves them all.
/// </summary>
public sealed class TilePlan
{
    /// <summary>Gets the source image width.</summary>
    public required int SourceWidth { get; init; }

    /// <summary>Gets the source image height.</summary>
    public required int SourceHeight { get; init; }

    /// <summary>Gets the model's scale factor.</summary>
    public required int Scale { get; init; }

    /// <summary>Gets the output width: <see cref="SourceWidth"/> × <see cref="Scale"/>.</summary>
    public int OutputWidth => this.SourceWidth * this.Scale;

    /// <summary>Gets the output height: <see cref="SourceHeight"/> × <see cref="Scale"/>.</summary>
    public int OutputHeight => this.SourceHeight * this.Scale;

    /// <summary>Gets the width of every model input tile, context and alignment included.</summary>
    public required int TileInputWidth { get; init; }

    /// <summary>Gets the height of every model input tile, context and alignment included.</summary>
    public required int TileInputHeight { get; init; }

    /// <summary>Gets the width of every model output tile: (input − 2 × border) × scale.</summary>
    public required int TileOutputWidth { get; init; }

    /// <summary>Gets the height of every model output tile.</summary>
    public required int TileOutputHeight { get; init; }

    /// <summary>Gets the nominal core size (source pixels a tile owns along each axis).</summary>
    public required int CoreSize { get; init; }

    /// <summary>
    /// Gets the overlap in source pixels that neighbouring tiles blend over on each side of their shared
    /// edge; 0 for a hard crop (tile-exact models).
    /// </summary>
    public required int Overlap { get; init; }

    /// <summary>Gets the number of tile columns.</summary>
    public required int Columns { get; init; }

    /// <summary>Gets the number of tile rows.</summary>
    public required int Rows { get; init; }

    /// <summary>Gets the tiles in row-major order.</summary>
    public required IReadOnlyList<Tile> Tiles { get; init; }

    /// <summary>Gets a value indicating whether tiles are hard-cropped (no feathering).</summary>
    public bool IsHardCrop => this.Overlap == 0;

    /// <summary>
    /// Gets the first output row that tiles after the first <paramref name="tilesDone"/> (in plan order) can
    /// still change; every row above it is final and can be postprocessed.
    /// </summary>
    /// <param name="tilesDone">How many tiles have been blended.</param>
    /// <returns>The row, <see cref="OutputHeight"/> when all tiles are done.</returns>
    public int FirstOpenRow(int tilesDone) => tilesDone >= this.Tiles.Count ? this.OutputHeight : this.Tiles[tilesDone].Blend.Y;
}
