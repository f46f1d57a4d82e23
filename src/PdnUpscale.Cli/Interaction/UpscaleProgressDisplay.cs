// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Globalization;
using PdnUpscale.Core.Pipeline;
using Spectre.Console;

namespace PdnUpscale.Cli.Interaction;

/// <summary>
/// Shows one Spectre progress bar for one image: tiles done out of all tiles of all passes, and the time left.
/// The upscale itself runs on a worker thread so the bar keeps refreshing.
/// </summary>
internal static class UpscaleProgressDisplay
{
    /// <summary>Runs <paramref name="work"/> under a progress bar labelled <paramref name="label"/>.</summary>
    /// <param name="console">The console.</param>
    /// <param name="label">The image's name, not markup.</param>
    /// <param name="work">The upscale; it reports through the given sink.</param>
    /// <returns>A task that completes when the work has.</returns>
    public static Task RunAsync(CliConsole console, string label, Action<IProgress<UpscaleProgress>> work) =>
        console.Error.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                ProgressTask task = context.AddTask(Markup.Escape(label), maxValue: 1);
                await Task.Run(() => work(new TaskSink(task, Markup.Escape(label)))).ConfigureAwait(false);
                task.StopTask();
            });

    /// <summary>Forwards pipeline reports to the Spectre task; Spectre tasks are thread-safe.</summary>
    private sealed class TaskSink(ProgressTask task, string label) : IProgress<UpscaleProgress>
    {
        public void Report(UpscaleProgress value)
        {
            if (value.TilesTotal > 0)
            {
                task.MaxValue = value.TilesTotal;
                task.Value = value.TilesDone;
            }

            string stage = value.Stage.ToString().ToLowerInvariant();
            task.Description = string.Create(CultureInfo.InvariantCulture, $"{label} [grey]{stage} {value.TilesDone}/{value.TilesTotal} tiles[/]");
        }
    }
}
