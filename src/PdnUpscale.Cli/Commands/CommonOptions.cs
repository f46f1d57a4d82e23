// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.CommandLine;
using System.CommandLine.Parsing;
using PdnUpscale.Core.Inference;
using PdnUpscale.Core.Pipeline;

namespace PdnUpscale.Cli.Commands;

/// <summary>Options shared by several commands, defined once so their names, defaults and parsing agree.</summary>
internal static class CommonOptions
{
    private static readonly (string Name, InferencePrecision Value)[] Precisions = [("auto", InferencePrecision.Auto), ("fp32", InferencePrecision.Fp32), ("int8", InferencePrecision.Int8)];

    /// <summary>Creates the <c>-m/--model</c> option.</summary>
    /// <param name="defaultModel">What runs without it, as the help text says it.</param>
    /// <returns>The option.</returns>
    public static Option<string?> CreateModel(string defaultModel) => new("--model", "-m")
    {
        Description = $"A model id from 'pdnupscale models list', or the path of an .onnx, .pth or .safetensors file (imported once; an id wins over a file of that name); default: {defaultModel}.",
        HelpName = "MODEL_ID_OR_PATH",
        CustomParser = OptionValues.NonEmpty,
    };

    /// <summary>Creates the <c>--tile</c> option.</summary>
    /// <returns>The option.</returns>
    public static Option<TileSizeOption> CreateTile() => new("--tile")
    {
        Description = "The tile size in input pixels (at least 16), 'auto' to fit a memory budget, or 0 for the whole image at once.",
        DefaultValueFactory = _ => TileSizeOption.Auto,
        CustomParser = ParseTile,
        HelpName = "N|auto|0",
    };

    /// <summary>Creates the <c>--precision</c> option.</summary>
    /// <returns>The option.</returns>
    public static Option<InferencePrecision> CreatePrecision() => new("--precision")
    {
        Description = "The number format of CPU inference: int8 is several times faster on CPUs with VNNI for models calibrated for it ('pdnupscale models list'); auto uses it only there and only where it measured within bound in quality and at least 1.5x faster.",
        DefaultValueFactory = _ => InferencePrecision.Auto,
        HelpName = OptionValues.ChoiceNames(Precisions),
        CustomParser = r => OptionValues.Choice(r, Precisions),
    };

    private static TileSizeOption ParseTile(ArgumentResult result)
    {
        string text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "auto";
        if (TileSizeOption.TryParse(text, out TileSizeOption tile))
        {
            return tile;
        }

        result.AddError($"--tile: '{text}' is not a tile size; use a whole number of at least 16, 'auto' or 0.");
        return TileSizeOption.Auto;
    }
}
