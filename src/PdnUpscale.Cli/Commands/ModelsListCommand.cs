// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using PdnUpscale.Cli.Interaction;
using PdnUpscale.Core.Models;
using PdnUpscale.Core.Models.Catalog;
using Spectre.Console;

namespace PdnUpscale.Cli.Commands;

/// <summary><c>pdnupscale models list [--json]</c>: every catalog model, installed or not, and every other installed model.</summary>
internal sealed class ModelsListCommand : BaseCommand
{
    private readonly Option<bool> jsonOption = new("--json") { Description = "Print a JSON array of objects (id, name, scale, purpose, installed, license, family, denoise, tileExact, path)." };

    /// <summary>Initializes a new instance of the <see cref="ModelsListCommand"/> class.</summary>
    /// <param name="console">The console all output goes through.</param>
    public ModelsListCommand(CliConsole console)
        : base("list", "List the known models and whether each is installed.", console)
    {
        this.Add(this.jsonOption);
    }

    /// <inheritdoc/>
    protected override Task<int> ExecuteAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        IReadOnlyList<ModelDescriptor> models = ModelCatalog.LoadBundled().Discover();
        if (parseResult.GetValue(this.jsonOption))
        {
            ModelListRow[] rows = models.Select(m => new ModelListRow(
                m.Id,
                m.Name,
                m.Geometry.Scale,
                ModelsCommand.PurposeName(m.Purpose),
                m.OnnxPath is not null,
                m.License,
                m.Family,
                m.DenoiseLevel,
                m.Geometry.IsTileExact,
                m.OnnxPath)).ToArray();
            this.Console.WriteRaw(JsonSerializer.Serialize(rows, CliJsonContext.Output.IReadOnlyListModelListRow));
            return Task.FromResult(ExitCodes.Success);
        }

        var table = new Table().AddColumns("id", "name", "scale", "purpose", "installed", "license");
        foreach (ModelDescriptor m in models)
        {
            table.AddRow(
                Markup.Escape(m.Id),
                Markup.Escape(m.Name),
                m.Geometry.Scale.ToString(CultureInfo.InvariantCulture) + "x",
                ModelsCommand.PurposeName(m.Purpose),
                m.OnnxPath is null ? "[grey]no[/]" : "[green]yes[/]",
                Markup.Escape(m.License));
        }

        this.Console.Output.Write(table);
        return Task.FromResult(ExitCodes.Success);
    }
}

/// <summary>One model in <c>models list --json</c>.</summary>
/// <param name="Id">The model id.</param>
/// <param name="Name">The display name.</param>
/// <param name="Scale">The native scale.</param>
/// <param name="Purpose">What the model is for (photo, art, text, general).</param>
/// <param name="Installed">Whether its ONNX file is present.</param>
/// <param name="License">The weights' license.</param>
/// <param name="Family">The model family.</param>
/// <param name="Denoise">The denoise level, where the family has levels.</param>
/// <param name="TileExact">Whether tiled output equals whole-image output.</param>
/// <param name="Path">The ONNX file, when installed.</param>
internal sealed record ModelListRow(
    string Id, string Name, int Scale, string Purpose, bool Installed, string License, string Family, int? Denoise, bool TileExact, string? Path);
