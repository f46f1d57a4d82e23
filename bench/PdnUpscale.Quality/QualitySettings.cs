// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Quality;

/// <summary>What one harness run does (the command-line options).</summary>
/// <param name="Quick">One sample per set, the presets' own models only, no screening: a smoke run.</param>
/// <param name="Photos">The photo files; the first is the screening crop.</param>
/// <param name="Scales">The scales of the full sets.</param>
/// <param name="Sets">The full sets to run (photo, text, art).</param>
/// <param name="OutputPath">A Markdown file to write the tables to, or null.</param>
/// <param name="Top">How many screened models per preset go on to the full sets.</param>
/// <param name="ScreenOnly">Whether to stop after screening.</param>
/// <param name="Models">Model ids to use for every preset instead of screening, or empty.</param>
/// <param name="Precision">The number format of CPU inference.</param>
/// <param name="Classify">Whether to measure automatic content choice instead.</param>
/// <param name="SaveSetTo">With <paramref name="Classify"/>, a folder to save the labelled pictures to, or null.</param>
/// <param name="DefaultOnly">Whether to compare only bicubic and the default command (no screening, no model variants).</param>
/// <param name="PicturesTo">A folder to write the README's before/after strips to instead of measuring, or null.</param>
/// <param name="PlotsTo">A folder to draw the default command's plots and strips into after the full sets, or null.</param>
public sealed record QualitySettings(bool Quick, string[] Photos, int[] Scales, string[] Sets, string? OutputPath, int Top, bool ScreenOnly, string[] Models, PdnUpscale.Core.Inference.InferencePrecision Precision, bool Classify = false, string? SaveSetTo = null, bool DefaultOnly = false, string? PicturesTo = null, string? PlotsTo = null);
