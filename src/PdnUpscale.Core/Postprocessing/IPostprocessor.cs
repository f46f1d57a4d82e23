// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Imaging;

namespace PdnUpscale.Core.Postprocessing;

/// <summary>
/// The postprocess stage: blended float rows → BGRA8 with <see cref="PixelMath.ToByte"/> rounding (identical
/// on CPU and GPU), alpha merged.
/// </summary>
public interface IPostprocessor
{
    /// <summary>
    /// Writes the first <paramref name="rowCount"/> rows of a band to the destination, at
    /// (<see cref="FloatBand.FirstColumn"/>, <see cref="FloatBand.FirstRow"/>), <see cref="FloatBand.Width"/> pixels wide.
    /// </summary>
    /// <param name="band">The blended rows.</param>
    /// <param name="rowCount">How many rows to write.</param>
    /// <param name="destination">The image the band's rows belong to.</param>
    /// <param name="settings">The model's output conventions and the channels to write.</param>
    void WriteRows(FloatBand band, int rowCount, Bgra32Image destination, PostprocessSettings settings);
}
