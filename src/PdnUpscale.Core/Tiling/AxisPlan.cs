// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Models;

namespace PdnUpscale.Core.Tiling;

/// <summary>The tiling of one axis; <see cref="TilePlanner"/> combines two of them.</summary>
internal readonly struct AxisPlan
{
    private readonly int size;
    private readonly int pad;
    private readonly int border;
    private readonly int edgeBefore;
    private readonly int edgeAfter;

    private AxisPlan(int size, int core, int count, int overlap, int pad, int border, int edgeBefore, int edgeAfter, int inputLength)
    {
        this.size = size;
        this.Core = core;
        this.Count = count;
        this.Overlap = overlap;
        this.pad = pad;
        this.border = border;
        this.edgeBefore = edgeBefore;
        this.edgeAfter = edgeAfter;
        this.InputLength = inputLength;
    }

    /// <summary>Gets the nominal core length; the last core may be shorter.</summary>
    public int Core { get; }

    /// <summary>Gets the number of tiles along the axis.</summary>
    public int Count { get; }

    /// <summary>Gets the blend overlap in source pixels (0 for hard crop or a single tile).</summary>
    public int Overlap { get; }

    /// <summary>Gets the fixed model input length.</summary>
    public int InputLength { get; }

    /// <summary>Creates the plan of one axis.</summary>
    /// <param name="size">The image extent.</param>
    /// <param name="tileSize">The requested core length, 0 for the whole axis.</param>
    /// <param name="overlap">The requested overlap for feathering, 0 for hard crop.</param>
    /// <param name="geometry">The model's geometry.</param>
    /// <returns>The plan.</returns>
    public static AxisPlan Create(int size, int tileSize, int overlap, ModelGeometry geometry)
    {
        int alignment = Math.Max(1, geometry.InputAlignment);
        int edgeBefore = Math.Max(geometry.Border, Math.Min(geometry.ContextPadding, TilePlanner.EdgeMirror));

        // The mirrored image spans [-edgeBefore, size + edgeAfter); the far side takes the alignment's extra
        // pixels, so a whole-image run and every tiled run see the same padded image.
        int edgeAfter = AlignUp(size + (2 * edgeBefore), alignment) - size - edgeBefore;
        int padded = size + edgeBefore + edgeAfter;

        int requested = tileSize == 0 ? size : Math.Min(tileSize, size);
        int count = (size + requested - 1) / requested;

        // Even out the cores so the last tile is not a sliver of padding.
        int core = (size + count - 1) / count;
        int lastCore = size - ((count - 1) * core);
        int usedOverlap = count == 1 ? 0 : Math.Min(overlap, lastCore / 2);
        int pad = Math.Max(geometry.ContextPadding, geometry.Border) + usedOverlap;
        int input = AlignUp(core + (2 * pad), alignment);
        if (count == 1 || input >= padded)
        {
            // One window over the whole padded axis is no larger than one tile with its context.
            return new AxisPlan(size, size, 1, 0, edgeBefore, geometry.Border, edgeBefore, edgeAfter, padded);
        }

        return new AxisPlan(size, core, count, usedOverlap, pad, geometry.Border, edgeBefore, edgeAfter, input);
    }

    /// <summary>Gets where tile <paramref name="i"/>'s core starts.</summary>
    /// <param name="i">The tile index along the axis.</param>
    /// <returns>The source coordinate.</returns>
    public int CoreStart(int i) => i * this.Core;

    /// <summary>Gets the length of tile <paramref name="i"/>'s core.</summary>
    /// <param name="i">The tile index along the axis.</param>
    /// <returns>The length.</returns>
    public int CoreLength(int i) => Math.Min(this.Core, this.size - this.CoreStart(i));

    /// <summary>
    /// Gets where tile <paramref name="i"/>'s model input starts (negative at the image's start). Windows are
    /// kept inside the mirrored image: one that would reach past it slides inward, which only adds context.
    /// </summary>
    /// <param name="i">The tile index along the axis.</param>
    /// <returns>The source coordinate.</returns>
    public int SourceStart(int i) => Math.Clamp(this.CoreStart(i) - this.pad, -this.edgeBefore, this.size + this.edgeAfter - this.InputLength);

    /// <summary>Gets where tile <paramref name="i"/>'s blend region starts, in source pixels.</summary>
    /// <param name="i">The tile index along the axis.</param>
    /// <returns>The source coordinate.</returns>
    public int BlendStart(int i) => this.CoreStart(i) - (i > 0 ? this.Overlap : 0);

    /// <summary>Gets the length of tile <paramref name="i"/>'s blend region, in source pixels.</summary>
    /// <param name="i">The tile index along the axis.</param>
    /// <returns>The length.</returns>
    public int BlendLength(int i) => this.CoreStart(i) + this.CoreLength(i) + (i < this.Count - 1 ? this.Overlap : 0) - this.BlendStart(i);

    /// <summary>Gets the offset of the blend region within the model's output tile.</summary>
    /// <param name="i">The tile index along the axis.</param>
    /// <param name="scale">The model scale.</param>
    /// <returns>The output-tile coordinate.</returns>
    public int OutputOffset(int i, int scale) => (this.BlendStart(i) - (this.SourceStart(i) + this.border)) * scale;

    /// <summary>Gets the feather ramp length at the blend region's start edge, in output pixels.</summary>
    /// <param name="i">The tile index along the axis.</param>
    /// <param name="scale">The model scale.</param>
    /// <returns>The ramp length, 0 for a hard edge.</returns>
    public int RampBefore(int i, int scale) => i > 0 ? 2 * this.Overlap * scale : 0;

    /// <summary>Gets the feather ramp length at the blend region's end edge, in output pixels.</summary>
    /// <param name="i">The tile index along the axis.</param>
    /// <param name="scale">The model scale.</param>
    /// <returns>The ramp length, 0 for a hard edge.</returns>
    public int RampAfter(int i, int scale) => i < this.Count - 1 ? 2 * this.Overlap * scale : 0;

    private static int AlignUp(int length, int alignment) => (length + alignment - 1) / alignment * alignment;
}
