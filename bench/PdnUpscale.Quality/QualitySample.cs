// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Fidelity;
using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Resampling;

namespace PdnUpscale.Quality;

/// <summary>One image of a set, with how its inputs are made and, for text, what it says.</summary>
/// <param name="Name">A short name for reports.</param>
/// <param name="Truth">
/// The ground truth, its size divisible by 12 so 2×, 3× and 4× inputs are exact; or, for a real scan, the
/// input itself (see <paramref name="IsScan"/>).
/// </param>
/// <param name="Shrink">How the small input is made from it.</param>
/// <param name="Text">The text it shows (lines separated by newlines), or null.</param>
/// <param name="IsScan">
/// True for a real low-resolution scan: it is the input at every scale and there is no larger truth, so only
/// sharpness, consistency and OCR are scored.
/// </param>
public sealed record QualitySample(string Name, Bgra32Image Truth, DownscaleKernel Shrink, string? Text = null, bool IsScan = false) : IDisposable
{
    /// <summary>Makes the input for a scale: the truth shrunk, or a scan as it is.</summary>
    /// <param name="scale">The scale.</param>
    /// <returns>The input; the caller disposes it.</returns>
    public Bgra32Image InputFor(int scale) => this.IsScan
        ? this.Truth.Clone()
        : Resampler.Resize(this.Truth, this.Truth.Width / scale, this.Truth.Height / scale, this.Shrink.Filter(), Environment.ProcessorCount);

    /// <inheritdoc/>
    public void Dispose() => this.Truth.Dispose();
}
