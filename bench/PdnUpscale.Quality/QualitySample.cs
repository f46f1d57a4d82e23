// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Fidelity;
using PdnUpscale.Core.Imaging;

namespace PdnUpscale.Quality;

/// <summary>One ground-truth image of a set, with how its inputs are made and, for text, what it says.</summary>
/// <param name="Name">A short name for reports.</param>
/// <param name="Truth">The ground truth; its size is divisible by 12, so 2×, 3× and 4× inputs are exact.</param>
/// <param name="Shrink">How the small input is made from it.</param>
/// <param name="Text">The text it shows, or null.</param>
public sealed record QualitySample(string Name, Bgra32Image Truth, DownscaleKernel Shrink, string? Text = null) : IDisposable
{
    /// <inheritdoc/>
    public void Dispose() => this.Truth.Dispose();
}
