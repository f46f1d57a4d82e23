// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.CommandLine;
using PdnUpscale.Cli.Interaction;
using PdnUpscale.Core.Codecs;
using PdnUpscale.Core.Inference;
using PdnUpscale.Core.Pipeline;

namespace PdnUpscale.Cli.Commands;

/// <summary>
/// <c>pdnupscale upscale INPUT...</c>: enlarges image files and the images in folders with a model, one
/// progress bar per image, writing each result atomically next to its input, to <c>-o</c> or into <c>--out-dir</c>.
/// </summary>
internal sealed partial class UpscaleCommand : BaseCommand
{
    private static readonly (string Name, ImageFileFormat? Value)[] Formats =
        [("png", ImageFileFormat.Png), ("jpg", ImageFileFormat.Jpeg), ("jpeg", ImageFileFormat.Jpeg), ("webp", ImageFileFormat.Webp)];

    private static readonly (string Name, DeviceKind Value)[] Devices = [("auto", DeviceKind.Auto), ("cpu", DeviceKind.Cpu), ("directml", DeviceKind.DirectML)];

    private static readonly (string Name, AlphaMode? Value)[] AlphaModes = [("model", AlphaMode.Model), ("fast", AlphaMode.Fast)];

    private readonly Argument<string[]> inputsArgument = new("INPUT")
    {
        Description = "Image files and folders (a folder means the images directly in it).",
        Arity = ArgumentArity.OneOrMore,
    };

    private readonly Option<string?> outputOption = new("--output", "-o") { Description = "The output file (one input image only).", HelpName = "OUT", CustomParser = OptionValues.NonEmpty };
    private readonly Option<string?> outDirOption = new("--out-dir") { Description = "The folder for the results, created if missing (same file names).", HelpName = "DIR", CustomParser = OptionValues.NonEmpty };
    private readonly Option<string?> modelOption = CommonOptions.CreateModel("the preset's model");

    private readonly Option<double?> scaleOption = new("--scale", "-s")
    {
        Description = "The enlargement factor, 1 to 16, fractions allowed (default: the model's own scale).",
        HelpName = "SCALE",
        CustomParser = r => OptionValues.Decimal(r, 0, double.MaxValue),
    };

    private readonly Option<int?> widthOption = new("--width") { Description = "The exact output width; alone, the height keeps the aspect ratio.", HelpName = "W", CustomParser = r => OptionValues.Integer(r, 1, int.MaxValue) };
    private readonly Option<int?> heightOption = new("--height") { Description = "The exact output height; alone, the width keeps the aspect ratio.", HelpName = "H", CustomParser = r => OptionValues.Integer(r, 1, int.MaxValue) };
    private readonly Option<TileSizeOption> tileOption = CommonOptions.CreateTile();

    private readonly Option<DeviceKind> deviceOption = new("--device")
    {
        Description = "Where the model runs; DirectML falls back to the CPU where unavailable.",
        HelpName = OptionValues.ChoiceNames(Devices),
        CustomParser = r => OptionValues.Choice(r, Devices),
    };

    private readonly Option<InferencePrecision> precisionOption = CommonOptions.CreatePrecision();

    // Choice options show their kebab-case default in the description: help would print the enum's own name.
    private readonly Option<AlphaMode?> alphaOption = new("--alpha")
    {
        Description = "How transparency is enlarged: through the model (sharp, the default) or with a high-quality resampler (fast).",
        HelpName = OptionValues.ChoiceNames(AlphaModes),
        CustomParser = r => OptionValues.Choice(r, AlphaModes),
    };

    private readonly Option<ImageFileFormat?> formatOption = new("--format")
    {
        Description = "The output format (default: from the output name, else the input's, else png).",
        HelpName = "png|jpg|webp",
        CustomParser = r => OptionValues.Choice(r, Formats),
    };

    private readonly Option<int> qualityOption = new("--quality")
    {
        Description = "The quality of jpg and webp output, 1 to 100.",
        DefaultValueFactory = _ => 92,
        HelpName = "Q",
        CustomParser = r => OptionValues.Integer(r, 1, 100),
    };

    private readonly Option<int> pngLevelOption = new("--png-level")
    {
        Description = "The zlib level of png output, 0 to 9: 1 is fast, 9 gives the smallest files.",
        DefaultValueFactory = _ => new EncoderOptions().PngCompressionLevel,
        HelpName = "L",
        CustomParser = r => OptionValues.Integer(r, 0, 9),
    };

    private readonly Option<bool> overwriteOption = new("--overwrite") { Description = "Replace existing output files (inputs are never replaced)." };
    private readonly Option<bool> recursiveOption = new("--recursive", "-r") { Description = "Take images from subfolders of folder inputs too." };
    private readonly UpscaleQualityOptions qualityOptions = new();
    private readonly Option<long> maxPixelsOption = new("--max-pixels")
    {
        Description = "Refuse input images whose header claims more pixels (width × height) than this.",
        DefaultValueFactory = _ => DecoderOptions.DefaultMaxPixels,
        HelpName = "N",
        CustomParser = r => OptionValues.Integer(r, 1L, long.MaxValue),
    };

    /// <summary>Initializes a new instance of the <see cref="UpscaleCommand"/> class.</summary>
    /// <param name="console">The console all output goes through.</param>
    public UpscaleCommand(CliConsole console)
        : base("upscale", $"Enlarge images with an AI model. {ExitCodes.HelpText}", console)
    {
        this.inputsArgument.Validators.Add(OptionValues.RefuseOptionLikeOrEmptyNames);
        this.Add(this.inputsArgument);
        Option[] options =
        [
            this.outputOption, this.outDirOption, this.modelOption, this.scaleOption, this.widthOption, this.heightOption,
            this.tileOption, this.deviceOption, this.precisionOption, this.alphaOption, this.formatOption, this.qualityOption, this.pngLevelOption, this.overwriteOption,
            this.recursiveOption, this.maxPixelsOption, .. this.qualityOptions.All,
        ];
        foreach (Option option in options)
        {
            this.Add(option);
        }

        this.Validators.Add(this.Validate);
    }

    private void Validate(System.CommandLine.Parsing.CommandResult result)
    {
        // Only whether options were given: their values may not have parsed (those errors are reported already).
        bool Given(Option option) => result.GetResult(option) is { Implicit: false };
        if (Given(this.outputOption) && Given(this.outDirOption))
        {
            result.AddError("-o and --out-dir cannot be combined; -o names one file, --out-dir a folder.");
        }

        if (Given(this.scaleOption) && (Given(this.widthOption) || Given(this.heightOption)))
        {
            result.AddError("--scale cannot be combined with --width or --height.");
        }
    }
}
