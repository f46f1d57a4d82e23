// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Cli.Files;

namespace PdnUpscale.Cli.Tests.Files;

/// <summary>The temporary-file-and-rename writer leaves either the whole file or nothing.</summary>
public sealed class AtomicFileWriterTests : IDisposable
{
    private readonly TestFiles files = new();

    [Fact]
    public void Write_Completed_LeavesOnlyTheTarget()
    {
        AtomicFileWriter.Write(this.files.PathOf("out.bin"), overwrite: false, s => s.Write([1, 2, 3]), CancellationToken.None);

        Assert.Equal(["out.bin"], this.files.FileNames());
        Assert.Equal([1, 2, 3], File.ReadAllBytes(this.files.PathOf("out.bin")));
    }

    [Fact]
    public void Write_FailingHalfway_LeavesNoFile()
    {
        Assert.Throws<InvalidDataException>(() => AtomicFileWriter.Write(
            this.files.PathOf("out.bin"),
            overwrite: false,
            s =>
            {
                s.Write(new byte[100_000]);
                throw new InvalidDataException("encoder failed");
            },
            CancellationToken.None));

        Assert.Empty(this.files.FileNames());
    }

    [Fact]
    public void Write_CancelledWhileWriting_LeavesNoFileAndKeepsTheOldOne()
    {
        File.WriteAllText(this.files.PathOf("out.bin"), "old");
        using var cancellation = new CancellationTokenSource();

        Assert.Throws<OperationCanceledException>(() => AtomicFileWriter.Write(
            this.files.PathOf("out.bin"),
            overwrite: true,
            s =>
            {
                s.Write(new byte[100_000]);
                cancellation.Cancel();
            },
            cancellation.Token));

        Assert.Equal(["out.bin"], this.files.FileNames());
        Assert.Equal("old", File.ReadAllText(this.files.PathOf("out.bin")));
    }

    [Fact]
    public void Write_TargetAppearedMeanwhile_IsNotReplacedWithoutOverwrite()
    {
        File.WriteAllText(this.files.PathOf("out.bin"), "theirs");

        IOException error = Assert.Throws<IOException>(() => AtomicFileWriter.Write(this.files.PathOf("out.bin"), overwrite: false, s => s.Write([1]), CancellationToken.None));

        Assert.Contains("out.bin", error.Message);
        Assert.Equal("theirs", File.ReadAllText(this.files.PathOf("out.bin")));
        Assert.Equal(["out.bin"], this.files.FileNames());
    }

    /// <inheritdoc/>
    public void Dispose() => this.files.Dispose();
}
