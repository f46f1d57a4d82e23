// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Core.Preprocessing;

/// <summary>What a preprocessor needs to know to turn BGRA8 pixels into model input.</summary>
/// <param name="InputRange">The model's value range: 1 for [0, 1], 255 for [0, 255].</param>
/// <param name="IsBgr">Whether the model takes channels in BGR order.</param>
/// <param name="BleedPasses">
/// How many one-pixel dilation passes bleed visible colour into fully transparent pixels before tiling
/// (0 for opaque images). Transparent pixels still unreached afterwards become black, so whatever RGB hid
/// under alpha = 0 never reaches the model.
/// </param>
public readonly record struct PreprocessSettings(float InputRange, bool IsBgr, int BleedPasses);
