// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Buffers.Binary;
using PdnUpscale.Core.Codecs;
using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Errors;

namespace PdnUpscale.Cli.Tests.Hostile;

/// <summary>
/// Image files and streams that fail (issue 15): truncated files of each format, read and write errors inside
/// SkiaSharp's native callbacks (which used to end the process), orientation only a PNG's eXIf chunk gives.
/// </summary>
public sealed class HostileImageTests : IDisposable
{
    private readonly TestFiles files = new();

    /// <summary>Gets the committed progressive JPEG (10 scans).</summary>
    public static string ProgressiveJpeg => Path.Combine(AppContext.BaseDirectory, "Images", "astronaut-32x24-progressive.jpg");

    [Theory]
    [InlineData("progressive.jpg")]
    [InlineData("baseline.jpg")]
    [InlineData("photo.webp")]
    [InlineData("photo.png")]
    public async Task TruncatedInput_IsRefused(string name)
    {
        byte[] whole = name == "progressive.jpg" ? File.ReadAllBytes(ProgressiveJpeg) : Encode(Path.GetExtension(name));
        File.WriteAllBytes(this.files.PathOf(name), whole[..(whole.Length * 2 / 3)]);

        CliRun run = await CliRunner.RunAsync("upscale", this.files.PathOf(name), "-o", this.files.PathOf("out.png"), "-s", "1");

        Refusal.Assert(run, ExitCodes.BadInput, name);
        Assert.Equal([name], this.files.FileNames());
    }

    [Fact]
    public async Task WholeProgressiveJpeg_IsRead()
    {
        File.Copy(ProgressiveJpeg, this.files.PathOf("progressive.jpg"));

        CliRun run = await CliRunner.RunAsync("upscale", this.files.PathOf("progressive.jpg"), "-o", this.files.PathOf("out.png"), "-s", "1", "--alpha", "fast");

        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
    }

    [Fact]
    public void PngExifOrientation_IsApplied()
    {
        // Orientation 6: the stored 32×24 pixels are shown turned a quarter clockwise, 24×32.
        byte[] png = File.ReadAllBytes(TestFiles.Photo);
        byte[] tiff = [(byte)'M', (byte)'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0, 0, 0, 0, 0];
        File.WriteAllBytes(this.files.PathOf("turned.png"), [.. png[..33], .. Chunk("eXIf", tiff), .. png[33..]]);

        using DecodedImage upright = new SkiaImageDecoder().Decode(this.files.PathOf("turned.png"));
        using DecodedImage stored = new SkiaImageDecoder().Decode(TestFiles.Photo);

        Assert.Equal((24, 32), (upright.Image.Width, upright.Image.Height));
        Assert.Equal(stored.Image.GetRow(stored.Image.Height - 1)[..4].ToArray(), upright.Image.GetRow(0)[..4].ToArray());
    }

    [Theory]
    [InlineData(0.05)]
    [InlineData(0.7)]
    public void ReadErrorInsideTheDecoder_IsOneExceptionNamingTheFile(double failAt)
    {
        byte[] png = Encode(".png");
        using var stream = new FailingStream(new MemoryStream(png), (int)(png.Length * failAt));

        UpscaleException e = Assert.Throws<UpscaleException>(() => new SkiaImageDecoder().Decode(stream, "photo.png"));

        Assert.Equal(UpscaleErrorKind.InvalidInput, e.Kind);
        Assert.Contains("photo.png", e.Message);
        Assert.Contains("Input/output error", e.Message);
    }

    [Theory]
    [InlineData(ImageFileFormat.Png, 10)]
    [InlineData(ImageFileFormat.Png, 1000)]
    [InlineData(ImageFileFormat.Jpeg, 500)]
    [InlineData(ImageFileFormat.Webp, 100)]
    public void WriteErrorInsideTheEncoder_IsThrownNotFatal(ImageFileFormat format, int failAfter)
    {
        Assert.True(Encode(ImageFileFormats.GetExtension(format)).Length > failAfter);
        using DecodedImage photo = new SkiaImageDecoder().Decode(TestFiles.Photo);
        var metadata = new ImageMetadata();
        metadata.Text["Software"] = "PdnUpscale tests";
        using var stream = new FailingStream(new MemoryStream(), failAfter);

        IOException e = Assert.Throws<IOException>(() => new SkiaImageEncoder().Encode(photo.Image, metadata, stream, new EncoderOptions { Format = format }));

        Assert.Contains("Input/output error", e.Message);
    }

    /// <inheritdoc/>
    public void Dispose() => this.files.Dispose();

    private static byte[] Encode(string extension)
    {
        using DecodedImage photo = new SkiaImageDecoder().Decode(TestFiles.Photo);
        using var stream = new MemoryStream();
        new SkiaImageEncoder().Encode(photo.Image, new ImageMetadata(), stream, new EncoderOptions { Format = ImageFileFormats.FromPath(extension)!.Value, Quality = 90 });
        return stream.ToArray();
    }

    private static byte[] Chunk(string type, byte[] data)
    {
        byte[] chunk = new byte[12 + data.Length];
        BinaryPrimitives.WriteInt32BigEndian(chunk, data.Length);
        System.Text.Encoding.ASCII.GetBytes(type).CopyTo(chunk, 4);
        data.CopyTo(chunk, 8);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + data.Length), Crc(chunk.AsSpan(4, 4 + data.Length)));
        return chunk;
    }

    // The CRC-32 PNG chunks end with (ISO 3309, bit by bit: a few bytes here, no table needed).
    private static uint Crc(ReadOnlySpan<byte> bytes)
    {
        uint crc = 0xFFFFFFFFu;
        foreach (byte b in bytes)
        {
            crc ^= b;
            for (int k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }

    /// <summary>A stream that fails like a disk (EIO) after some bytes.</summary>
    private sealed class FailingStream(Stream inner, int failAfter) : Stream
    {
        public override bool CanRead => inner.CanRead;

        public override bool CanSeek => inner.CanSeek;

        public override bool CanWrite => inner.CanWrite;

        public override long Length => inner.Length;

        public override long Position { get => inner.Position; set => inner.Position = value; }

        public override int Read(byte[] buffer, int offset, int count) =>
            inner.Position + count > failAfter ? throw new IOException("Input/output error") : inner.Read(buffer, offset, count);

        public override void Write(byte[] buffer, int offset, int count)
        {
            if (inner.Position + count > failAfter)
            {
                throw new IOException("Input/output error");
            }

            inner.Write(buffer, offset, count);
        }

        public override void Flush() => inner.Flush();

        public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

        public override void SetLength(long value) => inner.SetLength(value);
    }
}
