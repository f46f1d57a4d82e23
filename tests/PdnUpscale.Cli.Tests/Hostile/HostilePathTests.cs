// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Text;

namespace PdnUpscale.Cli.Tests.Hostile;

/// <summary>
/// Paths that would lose data (issue 15): links onto inputs, --explain onto an input or the result, folders that
/// are files, names too long, earlier results in a folder. Every refusal comes before any work, so each test
/// also checks that nothing was written and every input is byte for byte as it was.
/// </summary>
public sealed class HostilePathTests : IDisposable
{
    private readonly TestFiles files = new();

    [Fact]
    public async Task OutDirLinkedToTheInputFolder_IsRefusedEvenWithOverwrite()
    {
        // A relative link through a second one: alias → link → photos.
        string photos = this.Folder("photos", "a.png", "b.png");
        File.CreateSymbolicLink(this.files.PathOf("link"), "photos");
        File.CreateSymbolicLink(this.files.PathOf("alias"), "link");
        byte[] original = File.ReadAllBytes(Path.Combine(photos, "a.png"));

        CliRun run = await CliRunner.RunAsync("upscale", photos, "--out-dir", this.files.PathOf("alias"), "--overwrite", "-s", "1");

        Refusal.Assert(run, ExitCodes.BadInput, "a.png", "would replace an input");
        Assert.Equal(original, File.ReadAllBytes(Path.Combine(photos, "a.png")));
        Assert.Equal(original, File.ReadAllBytes(Path.Combine(photos, "b.png")));
    }

    [Fact]
    public async Task OutputThroughALinkedFolder_IsRefusedEvenWithOverwrite()
    {
        string photos = this.Folder("photos", "a.png");
        File.CreateSymbolicLink(this.files.PathOf("alias"), photos);
        byte[] original = File.ReadAllBytes(Path.Combine(photos, "a.png"));

        CliRun run = await CliRunner.RunAsync("upscale", Path.Combine(photos, "a.png"), "-o", Path.Combine(this.files.PathOf("alias"), "a.png"), "--overwrite", "-s", "1");

        Refusal.Assert(run, ExitCodes.BadInput, "a.png", "would replace an input");
        Assert.Equal(original, File.ReadAllBytes(Path.Combine(photos, "a.png")));
    }

    [Fact]
    public async Task OutputLinkedToTheInput_IsRefusedEvenWithOverwrite()
    {
        string input = this.files.CopyPhoto();
        File.CreateSymbolicLink(this.files.PathOf("link.png"), input);

        CliRun run = await CliRunner.RunAsync("upscale", this.files.PathOf("link.png"), "-o", input, "--overwrite", "-s", "1");

        Refusal.Assert(run, ExitCodes.BadInput, "photo.png", "would replace an input");
        Assert.Equal(File.ReadAllBytes(TestFiles.Photo), File.ReadAllBytes(input));
    }

    [Fact]
    public async Task ExplainOntoTheInput_IsRefusedEvenWithOverwrite()
    {
        string input = this.files.CopyPhoto();

        CliRun run = await CliRunner.RunAsync("upscale", input, "-o", this.files.PathOf("out.png"), "--explain", input, "--overwrite", "-s", "1");

        Refusal.Assert(run, ExitCodes.BadInput, "photo.png", "--explain file would replace an input");
        Assert.Equal(["photo.png"], this.files.FileNames());
        Assert.Equal(File.ReadAllBytes(TestFiles.Photo), File.ReadAllBytes(input));
    }

    [Fact]
    public async Task ExplainOntoTheResult_IsRefused()
    {
        string input = this.files.CopyPhoto();

        CliRun run = await CliRunner.RunAsync("upscale", input, "-o", this.files.PathOf("out.png"), "--explain", this.files.PathOf("out.png"), "-s", "1");

        Refusal.Assert(run, ExitCodes.BadInput, "out.png", "two files of this run");
        Assert.Equal(["photo.png"], this.files.FileNames());
    }

    [Fact]
    public async Task ExplainRefused_WritesNoResultEither()
    {
        string input = this.files.CopyPhoto();
        File.WriteAllText(this.files.PathOf("map.png"), "precious");

        CliRun run = await CliRunner.RunAsync("upscale", input, "-o", this.files.PathOf("out.png"), "--explain", this.files.PathOf("map.png"), "-s", "1");

        Refusal.Assert(run, ExitCodes.BadInput, "map.png", "--overwrite");
        Assert.Equal(["map.png", "photo.png"], this.files.FileNames());
        Assert.Equal("precious", File.ReadAllText(this.files.PathOf("map.png")));
    }

    [Fact]
    public async Task ExplainWithoutAFolder_WritesNoResultEither()
    {
        string input = this.files.CopyPhoto();

        CliRun run = await CliRunner.RunAsync("upscale", input, "-o", this.files.PathOf("out.png"), "--explain", this.files.PathOf("no-such-folder/map.png"), "-s", "1");

        Refusal.Assert(run, ExitCodes.BadInput, "map.png", "folder does not exist");
        Assert.Equal(["photo.png"], this.files.FileNames());
    }

    [Fact]
    public async Task OutDirNamingAFile_SaysSo()
    {
        string input = this.files.CopyPhoto();
        File.WriteAllText(this.files.PathOf("results"), "a file");

        CliRun run = await CliRunner.RunAsync("upscale", input, "--out-dir", this.files.PathOf("results"), "-s", "1");

        Refusal.Assert(run, ExitCodes.BadInput, "results", "names a file, not a folder");
        Assert.Equal("a file", File.ReadAllText(this.files.PathOf("results")));
    }

    [Fact]
    public async Task OutputNameTooLong_IsRefusedBeforeTheModelIsEvenLooked_For()
    {
        // 250 bytes: a legal input name whose result ("-upscaled" added) would not be. The model id is
        // unknown on purpose: the name is refused first, so no model ever ran for a result that cannot be written.
        string input = this.files.CopyPhoto(new string('é', 123) + ".png");

        CliRun run = await CliRunner.RunAsync("upscale", input, "-m", "no-such-model");

        Refusal.Assert(run, ExitCodes.BadInput, "-upscaled.png", "more than the 255");
        Assert.Single(this.files.FileNames());
    }

    [Fact]
    public async Task LongestNameTheFileSystemTakes_IsWritten()
    {
        // The temporary file's name does not grow with the result's, so a 255-byte result name works.
        string input = this.files.CopyPhoto("in.png");
        string output = this.files.PathOf(new string('a', 251) + ".png");
        Assert.Equal(255, Encoding.UTF8.GetByteCount(Path.GetFileName(output)));

        CliRun run = await CliRunner.RunAsync("upscale", input, "-o", output, "-s", "1", "--alpha", "fast");

        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        Assert.True(File.Exists(output));
        Refusal.AssertNoTemporaryFiles(this.files.Folder);
    }

    [Trait("Category", "Slow")]
    [Fact]
    public async Task RerunOnAFolder_SkipsTheEarlierResults()
    {
        string photos = this.Folder("photos", "a.png", "b.png");

        CliRun first = await CliRunner.RunAsync("upscale", photos, "-s", "1");
        CliRun second = await CliRunner.RunAsync("upscale", photos, "-s", "1", "--overwrite");

        Assert.True(first.ExitCode == ExitCodes.Success, first.Error);
        Assert.True(second.ExitCode == ExitCodes.Success, second.Error);
        Assert.Contains("a-upscaled.png: skipped", second.Error);
        Assert.Equal(["a-upscaled.png", "a.png", "b-upscaled.png", "b.png"], Directory.GetFiles(photos).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Trait("Category", "Slow")]
    [Fact]
    public async Task RerunIntoASubfolder_SkipsTheEarlierResults()
    {
        string photos = this.Folder("photos", "a.png");
        string big = Path.Combine(photos, "big");

        CliRun first = await CliRunner.RunAsync("upscale", photos, "-r", "--out-dir", big, "-s", "1");
        CliRun second = await CliRunner.RunAsync("upscale", photos, "-r", "--out-dir", big, "-s", "1", "--overwrite");

        Assert.True(first.ExitCode == ExitCodes.Success, first.Error);
        Assert.True(second.ExitCode == ExitCodes.Success, second.Error);
        Assert.Equal(["a.png"], Directory.GetFiles(big).Select(Path.GetFileName));
    }

    [Fact]
    public async Task NamedFileThatLooksLikeAResult_IsStillAnInput()
    {
        string photos = this.Folder("photos", "a.png", "a-upscaled.png");

        CliRun run = await CliRunner.RunAsync("upscale", Path.Combine(photos, "a-upscaled.png"), "-s", "1");

        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        Assert.True(File.Exists(Path.Combine(photos, "a-upscaled-upscaled.png")));
    }

    [Fact]
    public async Task EmptyInput_IsRefusedUnopened()
    {
        File.WriteAllBytes(this.files.PathOf("empty.png"), []);

        CliRun run = await CliRunner.RunAsync("upscale", this.files.PathOf("empty.png"), "-o", this.files.PathOf("out.png"));

        Refusal.Assert(run, ExitCodes.BadInput, "empty.png", "empty or not a regular file");
        Assert.Equal(["empty.png"], this.files.FileNames());
    }

    [UnixFact]
    public async Task PipeAsOutput_IsLeftAlone()
    {
        // A rename onto a device or pipe would replace it (for root, even /dev/null): an existing output
        // must be a regular file with content, as every earlier result is.
        string input = this.files.CopyPhoto();
        CliProcess.MakeFifo(this.files.PathOf("pipe.png"));

        CliRun run = await CliRunner.RunAsync("upscale", input, "-o", this.files.PathOf("pipe.png"), "--overwrite", "-s", "1");

        Refusal.Assert(run, ExitCodes.BadInput, "pipe.png", "left alone");
        Assert.Equal(["photo.png", "pipe.png"], this.files.FileNames());
    }

    [Fact]
    public async Task TwoRunsWritingTheSameFile_LeaveOneWholeResult()
    {
        string input = this.files.CopyPhoto();
        string output = this.files.PathOf("out.png");

        CliRun[] runs = await Task.WhenAll(
            Task.Run(() => CliRunner.RunAsync("upscale", input, "-o", output, "-s", "2", "--alpha", "fast", "--overwrite")),
            Task.Run(() => CliRunner.RunAsync("upscale", input, "-o", output, "-s", "3", "--alpha", "fast", "--overwrite")));

        Assert.All(runs, run => Assert.True(run.ExitCode == ExitCodes.Success, run.Error));
        using Core.Codecs.DecodedImage result = new Core.Codecs.SkiaImageDecoder().Decode(output);
        Assert.Contains((result.Image.Width, result.Image.Height), new[] { (64, 48), (96, 72) });
        Assert.Equal(["out.png", "photo.png"], this.files.FileNames());
    }

    /// <inheritdoc/>
    public void Dispose() => this.files.Dispose();

    private string Folder(string name, params string[] images)
    {
        string folder = Directory.CreateDirectory(this.files.PathOf(name)).FullName;
        foreach (string image in images)
        {
            File.Copy(TestFiles.Photo, Path.Combine(folder, image));
        }

        return folder;
    }
}
