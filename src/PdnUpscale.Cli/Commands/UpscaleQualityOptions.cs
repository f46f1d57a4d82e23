// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.CommandLine;
using System.CommandLine.Parsing;
using PdnUpscale.Core.Cleanup;
using PdnUpscale.Core.Fidelity;
using PdnUpscale.Core.Presets;

namespace PdnUpscale.Cli.Commands;

/// <summary>
/// The quality options of <c>pdnupscale upscale</c> (issue 7): <c>--preset</c>, <c>--fidelity</c>,
/// <c>--explain</c> and scan clean-up, kept apart from the command so they read as one feature.
/// </summary>
internal sealed class UpscaleQualityOptions
{
    private static readonly (string Name, UpscalePreset? Value)[] Presets = [.. UpscalePresets.All.Select(p => (p.Id, (UpscalePreset?)p))];

    private static readonly (string Name, ScanOutput Value)[] ScanOutputs =
        [("color", ScanOutput.Color), ("grayscale", ScanOutput.Grayscale), ("black-and-white", ScanOutput.BlackAndWhite)];

    private readonly Option<UpscalePreset?> presetOption = new("--preset")
    {
        Description = "What you are upscaling; picks the model, fidelity and clean-up measured best for it.",
        HelpName = OptionValues.ChoiceNames(Presets),
        CustomParser = r => OptionValues.Choice(r, Presets),
    };

    private readonly Option<double?> fidelityOption = new("--fidelity")
    {
        Description = "How faithful to the input, 0 (raw model output) to 1 (shrunk back, it matches the input). Default: the preset's, else 0.",
        HelpName = "0..1",
        CustomParser = r => OptionValues.Decimal(r, 0, 1),
    };

    private readonly Option<string?> explainOption = new("--explain")
    {
        Description = "Also write a heat map of where the result departs from a plain enlargement (invented detail) to this file.",
        HelpName = "FILE",
        CustomParser = OptionValues.NonEmpty,
    };

    private readonly Option<bool> scanCleanupOption = new("--scan-cleanup") { Description = "Even out the paper to white, remove specks and straighten a skewed page before enlarging (text preset)." };

    private readonly Option<ScanOutput> scanOutputOption = new("--scan-output")
    {
        Description = "With --scan-cleanup: keep colour, or write grey or pure black and white.",
        DefaultValueFactory = _ => ScanOutput.Color,
        HelpName = OptionValues.ChoiceNames(ScanOutputs),
        CustomParser = r => OptionValues.Choice(r, ScanOutputs),
    };

    private readonly Option<bool> noDeskewOption = new("--no-deskew") { Description = "With --scan-cleanup: leave the page's angle alone (by default a skewed page is straightened)." };

    /// <summary>Gets the options to add to the command.</summary>
    public IEnumerable<Option> All => [this.presetOption, this.fidelityOption, this.explainOption, this.scanCleanupOption, this.scanOutputOption, this.noDeskewOption];

    /// <summary>Resolves what the user asked for.</summary>
    /// <param name="parseResult">The parse result.</param>
    /// <param name="modelOption">The command's <c>-m</c> option (a given <c>-m</c> beats the preset's model).</param>
    /// <returns>The settings.</returns>
    public UpscaleQualitySettings Resolve(ParseResult parseResult, Option<string> modelOption)
    {
        UpscalePreset? preset = parseResult.GetValue(this.presetOption);
        double? strength = parseResult.GetValue(this.fidelityOption);
        FidelityOptions? fidelity = preset?.FidelityWith(strength) ?? (strength is double s ? new FidelityOptions { Strength = s } : null);
        OptionResult? model = parseResult.GetResult(modelOption);
        string modelId = preset is not null && (model is null || model.Implicit) ? preset.ModelId : parseResult.GetRequiredValue(modelOption);
        ScanCleanupOptions? cleanup = parseResult.GetValue(this.scanCleanupOption)
            ? (preset ?? UpscalePresets.Text).ScanCleanupWith(parseResult.GetValue(this.scanOutputOption), deskew: !parseResult.GetValue(this.noDeskewOption))
            : null;
        return new UpscaleQualitySettings(preset, modelId, fidelity is { Strength: > 0 } or { ClampToInputRange: true } ? fidelity : null, cleanup, parseResult.GetValue(this.explainOption));
    }
}
