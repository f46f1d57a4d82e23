// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Diagnostics;
using PdnUpscale.Core.Codecs;
using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Pipeline;
using PdnUpscale.Core.Tiling;

namespace PdnUpscale.Cli.Benchmarking;

/// <summary>One timed end-to-end run: decode the file, upscale, encode to a file, every stage timed.</summary>
internal sealed class BenchRun
{
    private BenchRun(StageTimings timings, TimeSpan wallClock, TileShape tileSize, string device)
    {
        this.Timings = timings;
        this.WallClock = wallClock;
        this.TileSize = tileSize;
        this.Device = device;
    }

    /// <summary>Gets the per-stage times.</summary>
    public StageTimings Timings { get; }

    /// <summary>Gets the wall-clock time of the whole run (stages plus anything untimed between them).</summary>
    public TimeSpan WallClock { get; }

    /// <summary>Gets the core tile shape used.</summary>
    public TileShape TileSize { get; }

    /// <summary>Gets the device inference ran on.</summary>
    public string Device { get; }

    /// <summary>Runs the pipeline once.</summary>
    /// <param name="input">The input image file.</param>
    /// <param name="output">The output file to write (replaced).</param>
    /// <param name="upscaler">The upscaler; its session cache makes second runs warm.</param>
    /// <param name="options">The upscale options.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The timings.</returns>
    public static BenchRun Execute(string input, string output, Upscaler upscaler, UpscaleOptions options, CancellationToken cancellationToken)
    {
        var wall = Stopwatch.StartNew();
        var clock = Stopwatch.StartNew();
        using DecodedImage decoded = new SkiaImageDecoder(new DecoderOptions()).Decode(input);
        TimeSpan decode = clock.Elapsed;
        using UpscaleResult result = upscaler.Run(decoded.Image, options, null, cancellationToken);
        clock.Restart();
        using (FileStream stream = File.Create(output))
        {
            new SkiaImageEncoder().Encode(result.Image, new ImageMetadata(), stream, new EncoderOptions());
        }

        result.Timings.Encode = clock.Elapsed;
        result.Timings.Decode = decode;
        return new BenchRun(result.Timings, wall.Elapsed, result.TileSize, result.DeviceName);
    }
}
