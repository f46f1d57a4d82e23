// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Content;
using PdnUpscale.Core.Fidelity;
using PdnUpscale.Core.Imaging;

namespace PdnUpscale.Quality;

/// <summary>One labelled picture of the content-choice set: what it is, as a user would upscale it.</summary>
/// <param name="Name">A short name for the tables.</param>
/// <param name="Kind">The right answer.</param>
/// <param name="Image">The picture as a user would bring it (already small, maybe compressed).</param>
/// <param name="Shrink">How a smaller input is best made from it, to measure what a wrong choice costs.</param>
/// <param name="Text">The text it shows, when OCR can score it; else null.</param>
public sealed record ContentSample(string Name, ContentKind Kind, Bgra32Image Image, DownscaleKernel Shrink, string? Text = null) : IDisposable
{
    /// <inheritdoc/>
    public void Dispose() => this.Image.Dispose();
}
