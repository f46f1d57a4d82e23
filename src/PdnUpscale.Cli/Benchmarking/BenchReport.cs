// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Pipeline;

namespace PdnUpscale.Cli.Benchmarking;

/// <summary>What <c>pdnupscale bench</c> measured; serialised as is for <c>--json</c>. Times are in milliseconds.</summary>
internal sealed class BenchReport
{
    /// <summary>Gets the model id.</summary>
    public required string Model { get; init; }

    /// <summary>Gets the input size, e.g. <c>256x256</c>.</summary>
    public required string InputSize { get; init; }

    /// <summary>Gets the output size.</summary>
    public required string OutputSize { get; init; }

    /// <summary>Gets the device inference ran on.</summary>
    public required string Device { get; init; }

    /// <summary>Gets the core tile shape used: <c>384</c>, or <c>512×342</c> (width × height) when not square; <c>0</c> for the whole image.</summary>
    public required string TileSize { get; init; }

    /// <summary>Gets the number of warm runs the median is taken over.</summary>
    public required int WarmRuns { get; init; }

    /// <summary>Gets the first run's stage times (session creation included).</summary>
    public required StageMilliseconds Cold { get; init; }

    /// <summary>Gets the stage times of the warm run with the median total.</summary>
    public required StageMilliseconds Warm { get; init; }

    /// <summary>Gets the convolution GMACs of one inference over the whole input.</summary>
    public required double GigaMacs { get; init; }

    /// <summary>Gets the inference throughput of the warm run: 2 × MACs ÷ inference time, in GFLOP/s.</summary>
    public required double InferenceGflops { get; init; }

    /// <summary>Gets the warm pipeline's total (decode to encode) ÷ inference.</summary>
    public required double Overhead { get; init; }

    /// <summary>Gets the warm run's preprocess + blend + postprocess + resample time ÷ inference (codecs excluded).</summary>
    public required double StageOverhead { get; init; }

    /// <summary>Gets this machine's measured fp32 FMA limit on inference's threads (<see cref="FmaLimit"/>), in GFLOP/s, or null when this build cannot measure it.</summary>
    public required double? FmaLimitGflops { get; init; }

    /// <summary>Gets <see cref="InferenceGflops"/> ÷ <see cref="FmaLimitGflops"/>, or null.</summary>
    public double? OfFmaLimit => this.InferenceGflops / this.FmaLimitGflops;

    /// <summary>Gets the peak resident memory of this process so far, in bytes.</summary>
    public required long PeakRssBytes { get; init; }

    /// <summary>Gets the ncnn reference's median wall-clock time, or null without <c>--reference-ncnn</c>.</summary>
    public double? ReferenceNcnnMs { get; private set; }

    /// <summary>Gets the reference's time ÷ our cold end-to-end time (above 1: we are faster), or null.</summary>
    public double? SpeedupVsNcnnCold { get; private set; }

    /// <summary>Gets the reference's time ÷ our warm end-to-end time, or null.</summary>
    public double? SpeedupVsNcnnWarm { get; private set; }

    /// <summary>Gets the median wall-clock time of <c>pdnupscale upscale</c> as a new process, or null.</summary>
    public double? ProcessMs { get; private set; }

    /// <summary>Gets the reference's process time ÷ ours (both whole processes, runtime start included), or null.</summary>
    public double? SpeedupVsNcnnProcess { get; private set; }

    /// <summary>Records the median process times and the speed-ups against the reference.</summary>
    /// <param name="referenceMilliseconds">The reference's median wall-clock time.</param>
    /// <param name="processMilliseconds">Our median wall-clock time as a new process.</param>
    public void SetReference(double referenceMilliseconds, double processMilliseconds)
    {
        this.ReferenceNcnnMs = referenceMilliseconds;
        this.ProcessMs = processMilliseconds;
        this.SpeedupVsNcnnCold = referenceMilliseconds / this.Cold.WallClock;
        this.SpeedupVsNcnnWarm = referenceMilliseconds / this.Warm.WallClock;
        this.SpeedupVsNcnnProcess = referenceMilliseconds / processMilliseconds;
    }
}

/// <summary>Stage times of one run, in milliseconds.</summary>
/// <param name="Decode">Decoding the input file.</param>
/// <param name="SessionSetup">Creating inference sessions (zero when cached).</param>
/// <param name="Preprocess">Bleeding and building input tiles.</param>
/// <param name="Inference">The model.</param>
/// <param name="Blend">Blending tiles into the output.</param>
/// <param name="Postprocess">Float to BGRA8.</param>
/// <param name="Resample">Resampling to the exact size or for fast alpha.</param>
/// <param name="Encode">Encoding the output file.</param>
/// <param name="Total">The sum of the stages.</param>
/// <param name="WallClock">The measured wall-clock time of the run.</param>
internal sealed record StageMilliseconds(
    double Decode, double SessionSetup, double Preprocess, double Inference, double Blend, double Postprocess, double Resample, double Encode, double Total, double WallClock)
{
    /// <summary>Converts a run's timings.</summary>
    /// <param name="run">The run.</param>
    /// <returns>The milliseconds.</returns>
    public static StageMilliseconds From(BenchRun run)
    {
        StageTimings t = run.Timings;
        return new StageMilliseconds(
            t.Decode.TotalMilliseconds, t.SessionSetup.TotalMilliseconds, t.Preprocess.TotalMilliseconds, t.Inference.TotalMilliseconds,
            t.Blend.TotalMilliseconds, t.Postprocess.TotalMilliseconds, t.Resample.TotalMilliseconds, t.Encode.TotalMilliseconds,
            t.Total.TotalMilliseconds, run.WallClock.TotalMilliseconds);
    }
}
