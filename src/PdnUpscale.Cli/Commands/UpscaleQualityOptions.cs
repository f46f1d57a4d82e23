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
    private readonly Option<string?> presetOption = new("--preset")
    {
        Description = "What you are upscaling; picks the model, fidelity and clean-up measured best for it.",
        HelpName = string.Join('|', UpscalePresets.All.Select(p => p.Id)),
    };

    private readonly Option<double?> fidelityOption = new("--fidelity")
    {
        Description = "How faithful to the input, 0 (raw model output) to 1 (shrunk back, it matches the input). Default: the preset's, else 0.",
        HelpName = "0..1",
    };

    private readonly Option<string?> explainOption = new("--explain")
    {
        Description = "Also write a heat map of where the result departs from a plain enlargement (invented detail) to this file.",
        HelpName = "FILE",
    };

    private readonly Option<bool> scanCleanupOption = new("--scan-cleanup") { Description = "Even out the paper to white and remove specks before enlarging (text preset)." };

    private readonly Option<ScanOutput> scanOutputOption = new("--scan-output")
    {
        Description = "With --scan-cleanup: keep colour, or write grey or pure black and white.",
        DefaultValueFactory = _ => ScanOutput.Color,
        HelpName = "color|grayscale|blackandwhite",
    };

    private readonly Option<bool> deskewOption = new("--deskew") { Description = "With --scan-cleanup: rotate a skewed page straight (the default)." };

    private readonly Option<bool> noDeskewOption = new("--no-deskew") { Description = "With --scan-cleanup: leave the page's angle alone." };

    /// <summary>Initializes a new instance of the <see cref="UpscaleQualityOptions"/> class.</summary>
    public UpscaleQualityOptions()
    {
        this.presetOption.AcceptOnlyFromAmong([.. UpscalePresets.All.Select(p => p.Id)]);
        this.fidelityOption.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<double?>() is double f && !(f >= 0 && f <= 1))
            {
                r.AddError("--fidelity must be between 0 and 1.");
            }
        });
        this.noDeskewOption.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<bool>() && r.GetResult(this.deskewOption) is { Implicit: false })
            {
                r.AddError("--deskew and --no-deskew contradict each other; give one.");
            }
        });
    }

    /// <summary>Gets the options to add to the command.</summary>
    public IEnumerable<Option> All => [this.presetOption, this.fidelityOption, this.explainOption, this.scanCleanupOption, this.scanOutputOption, this.deskewOption, this.noDeskewOption];

    /// <summary>Resolves what the user asked for.</summary>
    /// <param name="parseResult">The parse result.</param>
    /// <param name="modelOption">The command's <c>-m</c> option (a given <c>-m</c> beats the preset's model).</param>
    /// <returns>The settings.</returns>
    public UpscaleQualitySettings Resolve(ParseResult parseResult, Option<string> modelOption)
    {
        UpscalePreset? preset = parseResult.GetValue(this.presetOption) is { } id ? UpscalePresets.Find(id) : null;
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
