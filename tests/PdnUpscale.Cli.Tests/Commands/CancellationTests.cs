// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Cli.Tests.Commands;

/// <summary>Ctrl+C (a cancelled token) gives exit code 130 and leaves neither the output nor a temporary file.</summary>
public sealed class CancellationTests : IDisposable
{
    private readonly TestFiles files = new();

    [Fact]
    public async Task CancelledBeforeStart_WritesNothing()
    {
        string input = this.files.CopyPhoto();
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        CliRun run = await CliRunner.RunAsync(cancellation.Token, "upscale", input, "-o", this.files.PathOf("out.png"));

        Assert.Equal(ExitCodes.Cancelled, run.ExitCode);
        Assert.Equal(["photo.png"], this.files.FileNames());
    }

    [Fact]
    public async Task CancelledDuringInference_WritesNothing()
    {
        // Two 4x passes in 52 tiles of 16 pixels, each padded by 34 pixels of context: the run lasts many
        // seconds, so the cancellation lands between or inside tiles. A dedicated thread cancels, because a
        // timer needs a thread-pool thread, which a busy test run may not give it in time.
        string input = this.files.CopyPhoto();
        using var cancellation = new CancellationTokenSource();
        var canceller = new Thread(() =>
        {
            Thread.Sleep(300);
            cancellation.Cancel();
        });
        canceller.Start();

        CliRun run = await CliRunner.RunAsync(cancellation.Token, "upscale", input, "-o", this.files.PathOf("out.png"), "-s", "16", "--tile", "16");
        canceller.Join();

        Assert.Equal(ExitCodes.Cancelled, run.ExitCode);
        Assert.Contains("Cancelled", run.Error);
        Assert.Equal(["photo.png"], this.files.FileNames());
    }

    /// <inheritdoc/>
    public void Dispose() => this.files.Dispose();
}
