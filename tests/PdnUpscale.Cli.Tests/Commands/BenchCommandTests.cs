// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Runtime.Intrinsics.X86;
using System.Text.Json;

namespace PdnUpscale.Cli.Tests.Commands;

/// <summary><c>pdnupscale bench --json</c> on a tiny generated image: the figures are there and consistent.</summary>
public sealed class BenchCommandTests
{
    [Fact]
    public async Task BenchJson_ReportsStagesThroughputOverheadAndMemory()
    {
        CliRun run = await CliRunner.RunAsync("bench", "--size", "24x16", "--runs", "1", "--json");

        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        using JsonDocument json = JsonDocument.Parse(run.Output);
        JsonElement report = json.RootElement;
        Assert.Equal("realesr-general-x4v3", report.GetProperty("model").GetString());
        Assert.Equal("96x64", report.GetProperty("outputSize").GetString());
        JsonElement warm = report.GetProperty("warm");
        double inference = warm.GetProperty("inference").GetDouble();
        Assert.True(inference > 0);
        Assert.True(report.GetProperty("cold").GetProperty("sessionSetup").GetDouble() > 0);
        Assert.Equal(warm.GetProperty("total").GetDouble() / inference, report.GetProperty("overhead").GetDouble(), 6);
        Assert.Equal(2 * 1209024.0 * 24 * 16 / 1e9 / (inference / 1000), report.GetProperty("inferenceGflops").GetDouble(), 3);
        Assert.True(report.GetProperty("peakRssBytes").GetInt64() > 10 << 20);
        if (Fma.IsSupported)
        {
            // Measured in the run: a 2-core machine issues at least one 256-bit FMA per cycle at 1 GHz (16 GFLOP/s).
            double limit = report.GetProperty("fmaLimitGflops").GetDouble();
            Assert.True(limit > 16, $"FMA limit {limit} GFLOP/s");
            Assert.Equal(report.GetProperty("inferenceGflops").GetDouble() / limit, report.GetProperty("ofFmaLimit").GetDouble(), 6);
        }

        Assert.Equal(JsonValueKind.Null, report.GetProperty("referenceNcnnMs").ValueKind);
    }

    [Theory]
    [InlineData("fp32", "CPU")]
    [InlineData("int8", "CPU (int8)")]
    public async Task Bench_Precision_RunsTheSessionItNames(string precision, string device)
    {
        CliRun run = await CliRunner.RunAsync("bench", "--size", "24x16", "--runs", "1", "--json", "--precision", precision);

        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        using JsonDocument json = JsonDocument.Parse(run.Output);
        Assert.Equal(device, json.RootElement.GetProperty("device").GetString());
    }

    [Fact]
    public async Task Bench_UnknownPrecision_IsBadInput()
    {
        CliRun run = await CliRunner.RunAsync("bench", "--size", "24x16", "--precision", "int4");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("int4", run.Error);
    }

    [Fact]
    public async Task Bench_BadSize_IsBadInput()
    {
        CliRun run = await CliRunner.RunAsync("bench", "--size", "big");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("--size", run.Error);
    }
}
