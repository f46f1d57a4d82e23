// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Codecs;
using PdnUpscale.Core.Imaging;

namespace PdnUpscale.Cli.Tests.Hostile;

/// <summary>
/// What only a process of its own shows (issue 15): signals, a file-size limit (a full disk as the CLI sees it),
/// pipes and devices as inputs, another working folder, and an unprivileged user (the tests run the CLI as
/// <c>nobody</c> when they run as root). Each starts the CLI, so they are slow.
/// </summary>
[Trait("Category", "Slow")]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class HostileProcessTests : IDisposable
{
    private readonly TestFiles files = new();

    [UnixTheory]
    [InlineData("INT")]
    [InlineData("TERM")]
    [InlineData("HUP")]
    public void Signal_CancelsLikeCtrlC(string signal)
    {
        string input = this.files.CopyPhoto();
        using CliProcess.Running cli = CliProcess.Start("exec", null, "upscale", input, "-o", this.files.PathOf("out.png"), "-s", "16", "--tile", "16");
        Thread.Sleep(1500);
        CliProcess.Signal(cli.Id, signal);

        CliRun run = cli.WaitForExit(TimeSpan.FromSeconds(10));

        Assert.True(run.ExitCode == ExitCodes.Cancelled, $"exit code {run.ExitCode}: {run.Error}");
        Assert.Contains("Cancelled", run.Error);
        Assert.Equal(["photo.png"], this.files.FileNames());
    }

    [UnixFact]
    public void PipeInput_IsRefusedAtOnce()
    {
        CliProcess.MakeFifo(this.files.PathOf("pipe.png"));

        CliRun run = CliProcess.Run("exec", null, "upscale", this.files.PathOf("pipe.png"), "-o", this.files.PathOf("out.png"));

        Refusal.Assert(run, ExitCodes.BadInput, "pipe.png", "not a regular file");
        Assert.Equal(["pipe.png"], this.files.FileNames());
    }

    [UnixFact]
    public void DeviceInput_IsRefusedAtOnce()
    {
        CliRun run = CliProcess.Run("exec", null, "upscale", "/dev/zero", "-o", this.files.PathOf("out.png"));

        Refusal.Assert(run, ExitCodes.BadInput, "/dev/zero", "not a regular file");
        Assert.Empty(this.files.FileNames());
    }

    [UnixFact]
    public void FileSizeLimit_FailsThatImageOnly_AndLeavesNoTemporaryFile()
    {
        // ulimit -f counts 512-byte blocks: 16 KB takes b's small result, not a's 128×96 one. With SIGXFSZ
        // ignored a write past the limit fails like one to a full disk; the runtime's W^X double mapping
        // would need a file past the limit, so it is off.
        string folder = Directory.CreateDirectory(this.files.PathOf("in")).FullName;
        File.Copy(TestFiles.Photo, Path.Combine(folder, "a.png"));
        WriteSmallImage(Path.Combine(folder, "b.png"));
        string outDir = this.files.PathOf("out");

        CliRun run = CliProcess.Run("trap '' XFSZ; ulimit -f 32; DOTNET_EnableWriteXorExecute=0 exec", null, "upscale", folder, "--out-dir", outDir, "-s", "4", "--alpha", "fast", "--png-level", "0");

        Refusal.Assert(run, ExitCodes.BadInput, "a.png", "could not be written");
        Assert.Equal(["b.png"], Directory.GetFiles(outDir).Select(Path.GetFileName));
        Refusal.AssertNoTemporaryFiles(this.files.Folder);
    }

    [UnixFact]
    public void FileNamedLikeAModelId_DoesNotShadowTheModel()
    {
        string input = this.files.CopyPhoto();
        File.WriteAllText(this.files.PathOf("realesr-general-x4v3"), "not a model");

        CliRun run = CliProcess.Run("exec", this.files.Folder, "upscale", "photo.png", "-o", "out.png", "-m", "realesr-general-x4v3", "-s", "1");

        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        Assert.True(File.Exists(this.files.PathOf("out.png")));
    }

    [RootFact]
    public void ReadOnlyOutputFolder_AsAnotherUser_IsOneSentence()
    {
        string input = this.files.CopyPhoto();
        this.OpenToOthers();
        string locked = Directory.CreateDirectory(this.files.PathOf("locked")).FullName;
        File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);

        CliRun run = CliProcess.RunAsNobody("upscale", input, "-o", Path.Combine(locked, "out.png"), "-s", "1", "--alpha", "fast");

        Refusal.Assert(run, ExitCodes.BadInput, "out.png", "could not be written");
        Assert.Empty(Directory.GetFiles(locked));
    }

    [RootFact]
    public void UnreadableInput_AsAnotherUser_FailsThatImageOnly()
    {
        string folder = Directory.CreateDirectory(this.files.PathOf("in")).FullName;
        File.Copy(TestFiles.Photo, Path.Combine(folder, "a.png"));
        File.Copy(TestFiles.Photo, Path.Combine(folder, "b.png"));
        File.SetUnixFileMode(Path.Combine(folder, "a.png"), UnixFileMode.UserRead | UnixFileMode.UserWrite);
        this.OpenToOthers();
        string outDir = this.files.PathOf("out");
        Directory.CreateDirectory(outDir);
        File.SetUnixFileMode(outDir, (UnixFileMode)0b111_111_111);

        CliRun run = CliProcess.RunAsNobody("upscale", folder, "--out-dir", outDir, "-s", "1", "--alpha", "fast");

        Refusal.Assert(run, ExitCodes.BadInput, "a.png", "could not be read");
        Assert.Equal(["b.png"], Directory.GetFiles(outDir).Select(Path.GetFileName));
    }

    /// <inheritdoc/>
    public void Dispose() => this.files.Dispose();

    private static void WriteSmallImage(string path)
    {
        using DecodedImage photo = new SkiaImageDecoder().Decode(TestFiles.Photo);
        using Bgra32Image small = Bgra32Image.Allocate(8, 6);
        for (int y = 0; y < 6; y++)
        {
            photo.Image.GetRow(y)[..small.GetRow(y).Length].CopyTo(small.GetRow(y));
        }

        using FileStream stream = File.Create(path);
        new SkiaImageEncoder().Encode(small, new ImageMetadata(), stream, new EncoderOptions { Format = ImageFileFormat.Png });
    }

    // The temporary folder is private to root; nobody needs to reach the files in it.
    private void OpenToOthers()
    {
        File.SetUnixFileMode(this.files.Folder, (UnixFileMode)0b111_101_101);
        foreach (string file in Directory.GetFiles(this.files.Folder))
        {
            File.SetUnixFileMode(file, (UnixFileMode)0b110_100_100);
        }
    }
}

/// <summary>A fact that needs Linux or macOS (signals, pipes, resource limits).</summary>
public sealed class UnixFactAttribute : FactAttribute
{
    /// <summary>Initializes a new instance of the <see cref="UnixFactAttribute"/> class.</summary>
    public UnixFactAttribute() => this.Skip = OperatingSystem.IsWindows() ? "Signals, pipes and ulimit are Unix's." : null;
}

/// <summary>A theory that needs Linux or macOS.</summary>
public sealed class UnixTheoryAttribute : TheoryAttribute
{
    /// <summary>Initializes a new instance of the <see cref="UnixTheoryAttribute"/> class.</summary>
    public UnixTheoryAttribute() => this.Skip = OperatingSystem.IsWindows() ? "Signals are Unix's." : null;
}

/// <summary>A fact that runs the CLI as the unprivileged user <c>nobody</c>, which needs the tests to run as root.</summary>
public sealed class RootFactAttribute : FactAttribute
{
    /// <summary>Initializes a new instance of the <see cref="RootFactAttribute"/> class.</summary>
    public RootFactAttribute() => this.Skip = CliProcess.IsRoot ? null : "Runs the CLI as nobody, which needs the tests to run as root (as CI does); as another user the same refusals are the in-process tests'.";
}
