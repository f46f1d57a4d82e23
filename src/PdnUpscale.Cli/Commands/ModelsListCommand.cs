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
    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = true };

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
            var rows = models.Select(m => new
            {
                id = m.Id,
                name = m.Name,
                scale = m.Geometry.Scale,
                purpose = ModelsCommand.PurposeName(m.Purpose),
                installed = m.OnnxPath is not null,
                license = m.License,
                family = m.Family,
                denoise = m.DenoiseLevel,
                tileExact = m.Geometry.IsTileExact,
                path = m.OnnxPath,
            });
            this.Console.WriteRaw(JsonSerializer.Serialize(rows, JsonOptions));
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
