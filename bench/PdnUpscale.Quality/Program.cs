// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.CommandLine;
using PdnUpscale.Quality;

var quick = new Option<bool>("--quick") { Description = "One photo, one text line, one drawing, the presets' models only: a smoke run." };
var photos = new Option<string[]>("--photos") { Description = "Photo files (default: the skimage photos under .cache/); the first is screened.", AllowMultipleArgumentsPerToken = true };
var scales = new Option<int[]>("--scales") { Description = "The scales of the full sets.", DefaultValueFactory = _ => [2, 3, 4], AllowMultipleArgumentsPerToken = true };
var sets = new Option<string[]>("--sets") { Description = "The full sets to run.", DefaultValueFactory = _ => ["photo", "text", "art", "jpeg", "soft", "textjpeg"], AllowMultipleArgumentsPerToken = true };
sets.AcceptOnlyFromAmong("photo", "text", "art", "jpeg", "soft", "textjpeg");
var output = new Option<string?>("--output") { Description = "Also write the tables to this Markdown file." };
var top = new Option<int>("--top") { Description = "How many screened models per preset go on to the full sets.", DefaultValueFactory = _ => 3 };
var screenOnly = new Option<bool>("--screen-only") { Description = "Stop after screening every installed model." };
var precision = new Option<PdnUpscale.Core.Inference.InferencePrecision>("--precision") { Description = "The number format of CPU inference (auto: int8 where the CPU has VNNI and the model is calibrated within bound and measured to pay, as users get it)." };
var models = new Option<string[]>("--models") { Description = "Skip screening: use these model ids (plus each preset's own) in the full sets.", AllowMultipleArgumentsPerToken = true };
var classify = new Option<bool>("--classify") { Description = "Measure automatic content choice on the labelled set (confusion matrix, and what each mistake costs against bicubic), then stop." };
var saveSet = new Option<string?>("--save-set") { Description = "With --classify: also save every picture of the labelled set as PNG in this folder." };
var defaultOnly = new Option<bool>("--default-only") { Description = "Compare only bicubic and the default command as a user runs it (no screening, no model variants): the quick verdict." };
var pictures = new Option<string?>("--pictures") { Description = "Write the README's before/after strips (the first photo, 4×: nearest, bicubic, the default command, its heat map) to this folder, then stop." };
var plots = new Option<string?>("--plots") { Description = "After the full sets, draw the default command's plots against bicubic (PSNR-Y gain, sharpness, characters misread per input kind and scale) and its strips of line art and text into this folder (docs/QUALITY.md: --default-only --plots docs/images/quality)." };
var root = new RootCommand("PdnUpscale quality harness: screens every installed model, then compares the best per preset with bicubic on photos, text, a scanned page and line art.")
{
    quick, photos, scales, sets, output, top, screenOnly, models, precision, classify, saveSet, defaultOnly, pictures, plots,
};
root.SetAction(result => QualityReport.Run(new QualitySettings(
    result.GetValue(quick),
    result.GetValue(photos) is { Length: > 0 } given ? given : QualityReport.DefaultPhotos(),
    result.GetValue(scales)!,
    result.GetValue(sets)!,
    result.GetValue(output),
    result.GetValue(top),
    result.GetValue(screenOnly),
    result.GetValue(models) ?? [],
    result.GetValue(precision),
    result.GetValue(classify),
    result.GetValue(saveSet),
    result.GetValue(defaultOnly),
    result.GetValue(pictures),
    result.GetValue(plots))));
return root.Parse(args).Invoke();
