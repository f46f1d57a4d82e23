// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Globalization;
using System.Text.Json;
using PdnUpscale.Cli.Interaction;
using Spectre.Console;

namespace PdnUpscale.Cli.Benchmarking;

/// <summary>Prints a <see cref="BenchReport"/> as a table or as JSON.</summary>
internal static class BenchReportWriter
{
    /// <summary>Prints the report.</summary>
    /// <param name="console">The console.</param>
    /// <param name="report">The report.</param>
    /// <param name="json">Whether to print JSON instead of tables.</param>
    public static void Write(CliConsole console, BenchReport report, bool json)
    {
        if (json)
        {
            console.WriteRaw(JsonSerializer.Serialize(report, CliJsonContext.Output.BenchReport));
            return;
        }

        console.WriteLine($"{report.Model}: {report.InputSize} -> {report.OutputSize} on {report.Device}, tile {report.TileSize}");
        var stages = new Table().AddColumn("stage").AddColumn(new TableColumn("cold ms").RightAligned()).AddColumn(new TableColumn($"warm ms (median of {report.WarmRuns})").RightAligned());
        (string Name, Func<StageMilliseconds, double> Value)[] rows =
        [
            ("decode", s => s.Decode), ("session setup", s => s.SessionSetup), ("preprocess", s => s.Preprocess),
            ("inference", s => s.Inference), ("blend", s => s.Blend), ("postprocess", s => s.Postprocess),
            ("resample", s => s.Resample), ("encode", s => s.Encode), ("total", s => s.Total), ("wall clock", s => s.WallClock),
        ];
        foreach ((string name, Func<StageMilliseconds, double> value) in rows)
        {
            stages.AddRow(name, Format(value(report.Cold)), Format(value(report.Warm)));
        }

        console.Output.Write(stages);
        var figures = new Table().AddColumn("figure").AddColumn(new TableColumn("value").RightAligned());
        figures.AddRow("inference GMAC", Format(report.GigaMacs, "0.00"));
        figures.AddRow("inference GFLOP/s", Format(report.InferenceGflops, "0.0"));
        figures.AddRow($"FMA limit GFLOP/s ({FmaLimit.VectorBits}-bit, measured)", report.FmaLimitGflops is double limit ? Format(limit, "0.0") : "not measurable in this build");
        if (report.OfFmaLimit is double share)
        {
            figures.AddRow("inference of the FMA limit", Format(100 * share, "0.0") + " %");
        }

        figures.AddRow("overhead (total / inference)", Format(report.Overhead, "0.000"));
        figures.AddRow("stage overhead (pre+blend+post+resample / inference)", Format(report.StageOverhead, "0.000"));
        figures.AddRow("peak RSS MB", Format(report.PeakRssBytes / 1048576.0, "0"));
        if (report.ReferenceNcnnMs is double reference)
        {
            figures.AddRow("ncnn reference process ms (median)", Format(reference));
            figures.AddRow("pdnupscale upscale process ms (median)", Format(report.ProcessMs!.Value));
            figures.AddRow("speed-up vs ncnn, whole processes", Format(report.SpeedupVsNcnnProcess!.Value, "0.00") + "x");
            figures.AddRow("speed-up vs ncnn, our in-process cold run", Format(report.SpeedupVsNcnnCold!.Value, "0.00") + "x");
            figures.AddRow("speed-up vs ncnn, our in-process warm run", Format(report.SpeedupVsNcnnWarm!.Value, "0.00") + "x");
        }

        console.Output.Write(figures);
    }

    private static string Format(double value, string format = "0.0") => value.ToString(format, CultureInfo.InvariantCulture);
}
