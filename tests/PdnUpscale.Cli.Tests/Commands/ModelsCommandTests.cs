// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Text.Json;
using PdnUpscale.Cli.Commands;
using PdnUpscale.Core.Models;

namespace PdnUpscale.Cli.Tests.Commands;

/// <summary><c>pdnupscale models list/verify</c> on the repository's models folder, as after a fresh clone.</summary>
public sealed class ModelsCommandTests
{
    [Fact]
    public async Task ListJson_ShowsCommittedDefaultsInstalled()
    {
        CliRun run = await CliRunner.RunAsync("models", "list", "--json");

        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        using JsonDocument json = JsonDocument.Parse(run.Output);
        Dictionary<string, JsonElement> byId = json.RootElement.EnumerateArray().ToDictionary(m => m.GetProperty("id").GetString()!);
        AssertModel(byId["realesr-general-x4v3"], scale: 4, purpose: "photo", installed: true);
        AssertModel(byId["realesr-animevideov3-x2"], scale: 2, purpose: "art", installed: true);
        Assert.Equal("text", byId["4x-wtp-descreenton"].GetProperty("purpose").GetString()); // the text preset's name
    }

    [Theory]
    [InlineData("photo", ModelPurpose.Photo)]
    [InlineData("art", ModelPurpose.Art)]
    [InlineData("text", ModelPurpose.TextScan)]
    [InlineData("Text-Scan", ModelPurpose.TextScan)]
    public void PurposesAreNamedLikeThePresetsAndTheFormerTextNameStillParses(string name, ModelPurpose purpose)
    {
        Assert.Equal(purpose, ModelsCommand.ParsePurpose(name));
        Assert.Null(ModelsCommand.ParsePurpose("scan"));
    }

    [Fact]
    public async Task List_ShowsATableWithTheDefaultModel()
    {
        CliRun run = await CliRunner.RunAsync("models", "list");

        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        Assert.Contains("realesr-general-x4v3", run.Output);
        Assert.Contains("license", run.Output);
    }

    [Fact]
    public async Task Verify_CommittedDefaultsMatchTheCatalog()
    {
        CliRun run = await CliRunner.RunAsync("models", "verify");

        Assert.True(run.ExitCode == ExitCodes.Success, run.Output + run.Error);
        string line = run.Output.Split('\n').Single(l => l.Contains("realesr-general-x4v3"));
        Assert.Contains("ok", line);
        Assert.Matches("[0-9a-f]{64}", line);
    }

    private static void AssertModel(JsonElement model, int scale, string purpose, bool installed)
    {
        Assert.Equal(scale, model.GetProperty("scale").GetInt32());
        Assert.Equal(purpose, model.GetProperty("purpose").GetString());
        Assert.Equal(installed, model.GetProperty("installed").GetBoolean());
    }
}
