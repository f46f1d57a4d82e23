// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.CommandLine;
using PdnUpscale.Cli.Interaction;
using PdnUpscale.Core.Models;

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

    /// <summary>Gets the lowercase purpose name used in tables and JSON: photo, art or text-scan.</summary>
    /// <param name="purpose">The purpose.</param>
    /// <returns>The name.</returns>
    public static string PurposeName(ModelPurpose purpose) => purpose switch
    {
        ModelPurpose.Art => "art",
        ModelPurpose.TextScan => "text-scan",
        _ => "photo",
    };

    /// <summary>Parses a purpose name as <see cref="PurposeName"/> writes it.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The purpose, or null for an unknown name.</returns>
    public static ModelPurpose? ParsePurpose(string name) =>
        Enum.GetValues<ModelPurpose>().Select(p => (ModelPurpose?)p).FirstOrDefault(p => string.Equals(PurposeName(p!.Value), name, StringComparison.OrdinalIgnoreCase));
}
