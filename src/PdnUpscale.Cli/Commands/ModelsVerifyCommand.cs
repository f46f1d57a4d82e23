// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.CommandLine;
using PdnUpscale.Cli.Interaction;
using PdnUpscale.Core.Models.Catalog;
using Spectre.Console;

namespace PdnUpscale.Cli.Commands;

/// <summary><c>pdnupscale models verify</c>: the SHA-256 of every installed model, checked against the catalog.</summary>
internal sealed class ModelsVerifyCommand : BaseCommand
{
    /// <summary>Initializes a new instance of the <see cref="ModelsVerifyCommand"/> class.</summary>
    /// <param name="console">The console all output goes through.</param>
    public ModelsVerifyCommand(CliConsole console)
        : base("verify", $"Hash every installed model (SHA-256) and compare catalog models with their recorded hash; exit code {ExitCodes.ModelError} on a mismatch.", console)
    {
    }

    /// <inheritdoc/>
    protected override Task<int> ExecuteAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        IReadOnlyList<ModelVerification> results = ModelCatalog.LoadBundled().Verify();
        var table = new Table().AddColumns("id", "sha256", "status", "path");
        foreach (ModelVerification result in results)
        {
            string status = result switch
            {
                { ExpectedSha256: null } => "[grey]not in catalog[/]",
                { IsValid: true } => "[green]ok[/]",
                _ => "[red]MISMATCH[/]",
            };
            table.AddRow(Markup.Escape(result.Id), result.Sha256, status, Markup.Escape(result.Path));
        }

        this.Console.Output.Write(table);
        foreach (ModelVerification bad in results.Where(r => !r.IsValid))
        {
            this.Console.DisplayError($"{bad.Path}: SHA-256 {bad.Sha256} differs from the catalog's {bad.ExpectedSha256}; the file is corrupt or was replaced.");
        }

        return Task.FromResult(results.All(r => r.IsValid) ? ExitCodes.Success : ExitCodes.ModelError);
    }
}
