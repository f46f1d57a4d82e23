// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Postprocessing;
using PdnUpscale.Core.Tiling;

namespace PdnUpscale.Core.Blending;

/// <summary>The CPU blend stage: tiles into a <see cref="FloatBand"/> of one tile row's output rows.</summary>
public sealed class CpuBlender : IBlender
{
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

        return new CpuBlendJob(plan, postprocessor, destination, settings);
    }
}
