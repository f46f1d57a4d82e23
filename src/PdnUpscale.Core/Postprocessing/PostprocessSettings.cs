// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Core.Postprocessing;

/// <summary>What a postprocessor writes.</summary>
/// <param name="OutputRange">The model's value range: 1 for [0, 1], 255 for [0, 255].</param>
/// <param name="IsBgr">Whether the model produces channels in BGR order.</param>
/// <param name="Channels">Which destination channels to write.</param>
/// <param name="Grayscale">
/// Whether to write the mean of the three model channels (<see cref="Imaging.PixelMath.GrayOf"/>) to B, G and
/// R: a grey source stays exactly grey, although models tint grey input slightly.
/// </param>
public readonly record struct PostprocessSettings(float OutputRange, bool IsBgr, OutputChannels Channels, bool Grayscale = false);

/// <summary>Which channels of the BGRA8 destination a postprocessor writes.</summary>
public enum OutputChannels
{
    /// <summary>B, G, R from the model and A = 255.</summary>
    ColorOpaque,

    /// <summary>B, G, R from the model; A untouched (an alpha pass fills it).</summary>
    Color,

    /// <summary>A only, from the model's grey output (the mean of its three channels); B, G, R untouched.</summary>
    AlphaFromGray,
}
