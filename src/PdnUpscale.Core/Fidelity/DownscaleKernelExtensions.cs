// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Resampling;

namespace PdnUpscale.Core.Fidelity;

/// <summary>The resampling filter each assumed shrink is.</summary>
public static class DownscaleKernelExtensions
{
    /// <summary>Gets the filter that shrinks the way <paramref name="kernel"/> assumes inputs were made.</summary>
    /// <param name="kernel">The assumed shrink.</param>
    /// <returns><see cref="ResampleFilter.Box"/> for area averaging, <see cref="ResampleFilter.CatmullRom"/> for bicubic.</returns>
    public static ResampleFilter Filter(this DownscaleKernel kernel) => kernel == DownscaleKernel.Area ? ResampleFilter.Box : ResampleFilter.CatmullRom;
}
