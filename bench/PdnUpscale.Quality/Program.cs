// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.CommandLine;
using PdnUpscale.Quality;

var quick = new Option<bool>("--quick") { Description = "One photo, one text line, one drawing: a smoke run." };
var photos = new Option<string[]>("--photos") { Description = "Photo files (default: the skimage photos under .cache/).", AllowMultipleArgumentsPerToken = true };
var scales = new Option<int[]>("--scales") { Description = "The scales to test.", DefaultValueFactory = _ => [2, 3, 4], AllowMultipleArgumentsPerToken = true };
var sets = new Option<string[]>("--sets") { Description = "The sets to run.", DefaultValueFactory = _ => ["photo", "text", "art"], AllowMultipleArgumentsPerToken = true };
sets.AcceptOnlyFromAmong("photo", "text", "art");
var output = new Option<string?>("--output") { Description = "Also write the tables to this Markdown file." };
var root = new RootCommand("PdnUpscale quality harness: presets and models against bicubic on photos, text and line art.") { quick, photos, scales, sets, output };
root.SetAction(result => QualityReport.Run(
    result.GetValue(quick),
    result.GetValue(photos) is { Length: > 0 } given ? given : QualityReport.DefaultPhotos(),
    result.GetValue(scales)!,
    result.GetValue(output),
    result.GetValue(sets)!));
return root.Parse(args).Invoke();
