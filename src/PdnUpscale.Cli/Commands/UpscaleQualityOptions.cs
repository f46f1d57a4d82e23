// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.CommandLine;
using PdnUpscale.Core.Cleanup;
using PdnUpscale.Core.Presets;
using PdnUpscale.Core.Upscaling;

namespace PdnUpscale.Cli.Commands;

/// <summary>
/// The quality options of <c>pdnupscale upscale</c>: <c>--preset</c>, <c>--fidelity</c>, <c>--detail</c>, <c>--denoise</c>,
/// <c>--explain</c> and scan clean-up, kept apart from the command so they read as one feature. They only fill
/// in Core's <see cref="UpscaleRequest"/>; what they mean is decided there.
/// </summary>
internal sealed class UpscaleQualityOptions
{
    private static readonly (string Name, string? Value)[] Presets = [(UpscalePresets.AutoId, UpscalePresets.AutoId), .. UpscalePresets.All.Select(p => (p.Id, (string?)p.Id))];

    private static readonly (string Name, ScanOutput? Value)[] ScanOutputs =
        [("color", ScanOutput.Color), ("grayscale", ScanOutput.Grayscale), ("black-and-white", ScanOutput.BlackAndWhite)];

    private readonly Option<string?> presetOption = new("--preset")
    {
        Description = $"What you are upscaling; picks the model, fidelity and clean-up measured best for it (default: {UpscalePresets.AutoId}, decided from the picture, or text with --scan-cleanup).",
        HelpName = OptionValues.ChoiceNames(Presets),
        CustomParser = r => OptionValues.Choice(r, Presets),
    };

    private readonly Option<double?> fidelityOption = new("--fidelity")
    {
        Description = "How faithful to the input, 0 (raw model output) to 1 (shrunk back, it matches the input). Default: the preset's.",
        HelpName = "0..1",
        CustomParser = r => OptionValues.Decimal(r, 0, 1),
    };

    private readonly Option<double?> detailOption = new("--detail")
    {
        Description = "How much of the detail the model adds to keep, 0 (a plain, smooth enlargement) to 1 (all of it); fidelity still holds. Default: 1.",
        HelpName = "0..1",
        CustomParser = r => OptionValues.Decimal(r, 0, 1),
    };

    private readonly Option<int?> denoiseOption = new("--denoise")
    {
        Description = "Use the model's variant with this denoise level, where the model comes in levels (Real-CUGAN, waifu2x).",
        HelpName = "-1..3",
        CustomParser = r => OptionValues.Integer(r, -1, 3),
    };

    private readonly Option<string?> explainOption = new("--explain")
    {
        Description = "Also write a heat map of where the result departs from a plain enlargement (invented detail) to this file.",
        HelpName = "FILE",
        CustomParser = OptionValues.NonEmpty,
    };

    private readonly Option<bool> scanCleanupOption = new("--scan-cleanup") { Description = "Even out the paper to white, remove specks and straighten the page before enlarging (text preset)." };

    private readonly Option<ScanOutput?> scanOutputOption = new("--scan-output")
    {
        Description = "With --scan-cleanup: keep colour (the default), or write grey or pure black and white.",
        HelpName = OptionValues.ChoiceNames(ScanOutputs),
        CustomParser = r => OptionValues.Choice(r, ScanOutputs),
    };

    private readonly Option<bool> noDeskewOption = new("--no-deskew") { Description = "With --scan-cleanup: leave the page's angle alone." };

    /// <summary>Gets the options to add to the command.</summary>
    public IEnumerable<Option> All => [this.presetOption, this.fidelityOption, this.detailOption, this.denoiseOption, this.explainOption, this.scanCleanupOption, this.scanOutputOption, this.noDeskewOption];

    /// <summary>Fills in the request's quality part from what the user typed.</summary>
    /// <param name="parseResult">The parse result.</param>
    /// <param name="request">The request with the size, model and device options.</param>
    /// <returns>The request.</returns>
    public UpscaleRequest Apply(ParseResult parseResult, UpscaleRequest request) => request with
    {
        Preset = parseResult.GetValue(this.presetOption),
        Fidelity = parseResult.GetValue(this.fidelityOption),
        Detail = parseResult.GetValue(this.detailOption),
        DenoiseLevel = parseResult.GetValue(this.denoiseOption),
        ScanCleanup = parseResult.GetValue(this.scanCleanupOption) ? parseResult.GetValue(this.scanOutputOption) ?? ScanOutput.Color : null,
        Deskew = !parseResult.GetValue(this.noDeskewOption),
        Explain = parseResult.GetValue(this.explainOption) is not null,
    };

    /// <summary>Gets where the heat map goes, or null.</summary>
    /// <param name="parseResult">The parse result.</param>
    /// <returns>The path, or null.</returns>
    public string? ExplainPath(ParseResult parseResult) => parseResult.GetValue(this.explainOption);
}
