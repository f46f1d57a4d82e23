// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Postprocessing;
using PdnUpscale.Core.Tiling;

namespace PdnUpscale.Core.Blending;

/// <summary>The CPU blend stage: hard crop through one tile-sized band, or feathering in a band of output rows.</summary>
/// <param name="parallelism">The most threads to use.</param>
public sealed class CpuBlender(int parallelism) : IBlender
{
    /// <summary>Initializes a new instance of the <see cref="CpuBlender"/> class that uses every processor.</summary>
    public CpuBlender()
        : this(Environment.ProcessorCount)
    {
    }

    /// <inheritdoc/>
    public IBlendJob Begin(TilePlan plan, IPostprocessor postprocessor, Bgra32Image destination, PostprocessSettings settings)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(postprocessor);
        ArgumentNullException.ThrowIfNull(destination);
        if (destination.Width != plan.OutputWidth || destination.Height != plan.OutputHeight)
        {
            throw new ArgumentException("The destination does not have the plan's output size.", nameof(destination));
        }

        return plan.IsHardCrop
            ? new CpuCropJob(plan, postprocessor, destination, settings, parallelism)
            : new CpuFeatherJob(plan, postprocessor, destination, settings);
    }
}
