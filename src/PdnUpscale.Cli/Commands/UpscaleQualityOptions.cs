// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.CommandLine;
using PdnUpscale.Core.Cleanup;
using PdnUpscale.Core.Presets;
using PdnUpscale.Core.Upscaling;

namespace PdnUpscale.Cli.Commands;

/// <summary>
/// The quality options of <c>pdnupscale upscale</c>: <c>--preset</c>, <c>--fidelity</c>, <c>--denoise</c>,
/// <c>--explain</c> and scan clean-up, kept apart from the command so they read as one feature. They only fill
/// in Core's <see cref="UpscaleRequest"/>; what they mean is decided there.
/// </summary>
internal sealed class UpscaleQualityOptions
{
    private readonly Option<string?> presetOption = new("--preset")
    {
        Description = $"What you are upscaling; picks the model, fidelity and clean-up measured best for it (default: {UpscalePresets.Default.Id}, or text with --scan-cleanup).",
        HelpName = string.Join('|', UpscalePresets.All.Select(p => p.Id)),
    };

    private readonly Option<double?> fidelityOption = new("--fidelity")
    {
        Description = "How faithful to the input, 0 (raw model output) to 1 (shrunk back, it matches the input). Default: the preset's.",
        HelpName = "0..1",
    };

    private readonly Option<int?> denoiseOption = new("--denoise")
    {
        Description = "Use the model's variant with this denoise level, where the model comes in levels (Real-CUGAN, waifu2x).",
        HelpName = "-1..3",
    };

    private readonly Option<string?> explainOption = new("--explain")
    {
        Description = "Also write a heat map of where the result departs from a plain enlargement (invented detail) to this file.",
        HelpName = "FILE",
    };

    private readonly Option<bool> scanCleanupOption = new("--scan-cleanup") { Description = "Even out the paper to white, remove specks and straighten the page before enlarging (text preset)." };

    private readonly Option<ScanOutput> scanOutputOption = new("--scan-output")
    {
        Description = "With --scan-cleanup: keep colour, or write grey or pure black and white.",
        DefaultValueFactory = _ => ScanOutput.Color,
        HelpName = "color|grayscale|blackandwhite",
    };

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
        this.denoiseOption.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int?>() is int level && level is < -1 or > 3)
            {
                r.AddError("--denoise must be between -1 and 3.");
            }
        });
    }

    /// <summary>Gets the options to add to the command.</summary>
    public IEnumerable<Option> All => [this.presetOption, this.fidelityOption, this.denoiseOption, this.explainOption, this.scanCleanupOption, this.scanOutputOption, this.noDeskewOption];

    /// <summary>Fills in the request's quality part from what the user typed.</summary>
    /// <param name="parseResult">The parse result.</param>
    /// <param name="request">The request with the size, model and device options.</param>
    /// <returns>The request.</returns>
    public UpscaleRequest Apply(ParseResult parseResult, UpscaleRequest request) => request with
    {
        Preset = parseResult.GetValue(this.presetOption),
        Fidelity = parseResult.GetValue(this.fidelityOption),
        DenoiseLevel = parseResult.GetValue(this.denoiseOption),
        ScanCleanup = parseResult.GetValue(this.scanCleanupOption) ? parseResult.GetValue(this.scanOutputOption) : null,
        Deskew = !parseResult.GetValue(this.noDeskewOption),
        Explain = parseResult.GetValue(this.explainOption) is not null,
    };

    /// <summary>Gets where the heat map goes, or null.</summary>
    /// <param name="parseResult">The parse result.</param>
    /// <returns>The path, or null.</returns>
    public string? ExplainPath(ParseResult parseResult) => parseResult.GetValue(this.explainOption);
}
