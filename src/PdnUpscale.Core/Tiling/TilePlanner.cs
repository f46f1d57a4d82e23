// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Models;

namespace PdnUpscale.Core.Tiling;

/// <summary>
/// Cuts an image into tiles for a model. A pure function of sizes and the model's geometry, so it is tested
/// without a model. The image is mirrored by <see cref="EdgeMirror"/> pixels at its border (more for models
/// that consume a valid-convolution border); beyond that the network's own zero padding applies, for a
/// whole-image run and for every tile alike. Each tile reads its core plus the model's full context towards
/// its neighbours, and tile windows never reach past the mirrored image, so every tile edge is either an
/// edge of the mirrored image, where the whole-image run has the same edge, or at least the receptive field
/// away from the core: for tile-exact models the hard-cropped tiles reproduce the whole-image result. Other
/// models get an overlap blended with feather weights.
/// </summary>
public static class TilePlanner
{
    /// <summary>
    /// The pixels mirrored past the image border (capped by the model's context): the ncnn runtimes'
    /// prepadding. Mirroring the whole receptive field instead would cost (W + 68)² / (W + 20)² more work
    /// for <c>realesr-general-x4v3</c> on small images (1.38× at 256²); what it gains at the edge was measured
    /// small (0.01–0.07 dB whole-image PSNR at 256², at most 9 levels on the outermost pixels; ARCHITECTURE.md).
    /// </summary>
    public const int EdgeMirror = 10;

    /// <summary>The overlap, in source pixels, blended on each side of a shared edge for models that are not tile-exact.</summary>
    public const int FeatherOverlap = 8;

    /// <summary>Plans the tiles of an image with square cores.</summary>
    /// <param name="width">The source width, at least 1.</param>
    /// <param name="height">The source height, at least 1.</param>
    /// <param name="geometry">The model's spatial contract.</param>
    /// <param name="tileSize">The core size in source pixels; 0 for the whole image in one tile.</param>
    /// <returns>The plan.</returns>
    public static TilePlan Plan(int width, int height, ModelGeometry geometry, int tileSize) => Plan(width, height, geometry, TileShape.Square(tileSize));

    /// <summary>Plans the tiles of an image.</summary>
    /// <param name="width">The source width, at least 1.</param>
    /// <param name="height">The source height, at least 1.</param>
    /// <param name="geometry">The model's spatial contract.</param>
    /// <param name="tile">The core size along each axis in source pixels; 0 along an axis for the whole axis.</param>
    /// <returns>The plan.</returns>
    public static TilePlan Plan(int width, int height, ModelGeometry geometry, TileShape tile)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(tile.Width);
        ArgumentOutOfRangeException.ThrowIfNegative(tile.Height);
        ArgumentNullException.ThrowIfNull(geometry);

        AxisPlan columns = PlanAxis(width, tile.Width, geometry);
        AxisPlan rows = PlanAxis(height, tile.Height, geometry);
        int scale = geometry.Scale;

        var tiles = new Tile[columns.Count * rows.Count];
        for (int r = 0; r < rows.Count; r++)
        {
            for (int c = 0; c < columns.Count; c++)
            {
                tiles[(r * columns.Count) + c] = new Tile(
                    (r * columns.Count) + c,
                    c,
                    r,
                    new PixelRect(columns.SourceStart(c), rows.SourceStart(r), columns.InputLength, rows.InputLength),
                    new PixelRect(columns.CoreStart(c), rows.CoreStart(r), columns.CoreLength(c), rows.CoreLength(r)),
                    new PixelRect(columns.BlendStart(c) * scale, rows.BlendStart(r) * scale, columns.BlendLength(c) * scale, rows.BlendLength(r) * scale),
                    columns.OutputOffset(c, scale),
                    rows.OutputOffset(r, scale),
                    columns.RampBefore(c, scale),
                    rows.RampBefore(r, scale),
                    columns.RampAfter(c, scale),
                    rows.RampAfter(r, scale));
            }
        }

        return new TilePlan
        {
            SourceWidth = width,
            SourceHeight = height,
            Scale = scale,
            TileInputWidth = columns.InputLength,
            TileInputHeight = rows.InputLength,
            TileOutputWidth = (columns.InputLength - (2 * geometry.Border)) * scale,
            TileOutputHeight = (rows.InputLength - (2 * geometry.Border)) * scale,
            CoreSize = Math.Max(columns.Core, rows.Core),
            Overlap = Math.Max(columns.Overlap, rows.Overlap),
            Columns = columns.Count,
            Rows = rows.Count,
            Tiles = tiles,
        };
    }

    /// <summary>Plans one axis: the tile count and model input length a requested core length gives.</summary>
    /// <param name="size">The image extent along the axis.</param>
    /// <param name="tileSize">The requested core length, 0 for the whole axis.</param>
    /// <param name="geometry">The model's spatial contract.</param>
    /// <returns>The axis plan.</returns>
    internal static AxisPlan PlanAxis(int size, int tileSize, ModelGeometry geometry) => AxisPlan.Create(size, tileSize, geometry.IsTileExact ? 0 : FeatherOverlap, geometry);
}
