// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.CommandLine;
using PdnUpscale.Cli.Interaction;
using PdnUpscale.Core.Models;
using PdnUpscale.Core.Presets;

namespace PdnUpscale.Cli.Commands;

/// <summary><c>pdnupscale models</c>: the parent of <c>list</c>, <c>import</c> and <c>verify</c>.</summary>
internal sealed class ModelsCommand : Command
{
    /// <summary>Initializes a new instance of the <see cref="ModelsCommand"/> class.</summary>
    /// <param name="console">The console all output goes through.</param>
    public ModelsCommand(CliConsole console)
        : base("models", $"List, import and verify models. Models are looked for in the bundled models folder, in {ModelLocations.UserFolder} and in the folders of {ModelLocations.EnvironmentVariable}.")
    {
        this.Add(new ModelsListCommand(console));
        this.Add(new ModelsImportCommand(console));
        this.Add(new ModelsVerifyCommand(console));
    }

    /// <summary>Gets the purpose name used in options, tables and JSON: the id of the preset for that content (photo, art, text).</summary>
    /// <param name="purpose">The purpose.</param>
    /// <returns>The name.</returns>
    public static string PurposeName(ModelPurpose purpose) => purpose switch
    {
        ModelPurpose.Art => UpscalePresets.Art.Id,
        ModelPurpose.TextScan => UpscalePresets.Text.Id,
        _ => UpscalePresets.Photo.Id,
    };

    /// <summary>Parses a purpose name as <see cref="PurposeName"/> writes it, or the former "text-scan" that scripts may still pass.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The purpose, or null for an unknown name.</returns>
    public static ModelPurpose? ParsePurpose(string name) => string.Equals(name, "text-scan", StringComparison.OrdinalIgnoreCase)
        ? ModelPurpose.TextScan
        : Enum.GetValues<ModelPurpose>().Select(p => (ModelPurpose?)p).FirstOrDefault(p => string.Equals(PurposeName(p!.Value), name, StringComparison.OrdinalIgnoreCase));
}
