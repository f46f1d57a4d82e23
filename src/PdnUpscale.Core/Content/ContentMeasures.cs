// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Core.Content;

/// <summary>The cheap measures <see cref="ContentClassifier"/> decides from; each is explainable in one phrase.</summary>
/// <param name="FlatShare">The share of pixels equal (within 2 levels per channel) to their right and lower neighbours: flat fills.</param>
/// <param name="EdgeStep">The median step (largest channel difference to the right or lower neighbour) of the pixels that are not flat: fills meet at sharp edges, photos change gradually.</param>
/// <param name="Letters">The ink groups shaped and sized like letters of one typical height.</param>
/// <param name="LetterHeight">Their median height in pixels, or 0 without letters.</param>
/// <param name="LetterInkShare">The share of the ink (the minority side of the Otsu threshold) in those letters.</param>
/// <param name="LinedShare">The share of those letters standing on one baseline with a neighbour on each side, as in words.</param>
/// <param name="PaperSpread">The spread of the paper's luma (the majority side of the Otsu level) as a share of the ink–paper contrast: a plain background.</param>
public sealed record ContentMeasures(double FlatShare, double EdgeStep, int Letters, double LetterHeight, double LetterInkShare, double LinedShare, double PaperSpread);
