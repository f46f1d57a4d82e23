// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Runtime.CompilerServices;
using PdnUpscale.Core.Codecs;
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
/// <param name="JpegQuality">When set, the shrunk input is saved as a JPEG of this quality and decoded again, as a user's compressed picture.</param>
public sealed record QualitySample(string Name, Bgra32Image Truth, DownscaleKernel Shrink, string? Text = null, bool IsScan = false, int? JpegQuality = null) : IDisposable
{
    private static readonly ConditionalWeakTable<Bgra32Image, JpegQuantization> JpegInputs = [];

    /// <summary>Gets what the JPEG file an input was decoded from said about its compression (as the decoder reports it), or null.</summary>
    /// <param name="input">An input made by <see cref="InputFor"/>.</param>
    /// <returns>The quantization, or null for inputs that were not saved as JPEG.</returns>
    public static JpegQuantization? JpegOf(Bgra32Image input) => JpegInputs.TryGetValue(input, out JpegQuantization? jpeg) ? jpeg : null;

    /// <summary>Makes the input for a scale: the truth shrunk (and saved as JPEG if the sample says so), or a scan as it is.</summary>
    /// <param name="scale">The scale.</param>
    /// <returns>The input; the caller disposes it.</returns>
    public Bgra32Image InputFor(int scale)
    {
        if (this.IsScan)
        {
            return this.Truth.Clone();
        }

        Bgra32Image shrunk = Resampler.Resize(this.Truth, this.Truth.Width / scale, this.Truth.Height / scale, this.Shrink.Filter(), Environment.ProcessorCount);
        if (this.JpegQuality is not int quality)
        {
            return shrunk;
        }

        using (shrunk)
        {
            DecodedImage decoded = JpegFile.RoundTrip(shrunk, quality);
            JpegInputs.AddOrUpdate(decoded.Image, decoded.Metadata.Jpeg!);
            return decoded.Image;
        }
    }

    /// <inheritdoc/>
    public void Dispose() => this.Truth.Dispose();
}
