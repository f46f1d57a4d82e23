// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Core.Pipeline;

/// <summary>
/// Wall-clock time spent per stage, for <c>pdnupscale bench</c>. The pipeline fills the stages it runs;
/// hosts add <see cref="Decode"/> and <see cref="Encode"/>, which happen outside it.
/// </summary>
public sealed class StageTimings
{
    /// <summary>Gets or sets the time spent decoding the input file.</summary>
    public TimeSpan Decode { get; set; }

    /// <summary>Gets or sets the time spent preprocessing (bleeding and building input tiles).</summary>
    public TimeSpan Preprocess { get; set; }

    /// <summary>Gets or sets the time spent in the model, session creation excluded.</summary>
    public TimeSpan Inference { get; set; }

    /// <summary>Gets or sets the time spent creating inference sessions.</summary>
    public TimeSpan SessionSetup { get; set; }

    /// <summary>Gets or sets the time spent blending tiles.</summary>
    public TimeSpan Blend { get; set; }

    /// <summary>Gets or sets the time spent converting blended rows to BGRA8.</summary>
    public TimeSpan Postprocess { get; set; }

    /// <summary>Gets or sets the time spent resampling (exact size, chained passes, fast alpha).</summary>
    public TimeSpan Resample { get; set; }

    /// <summary>Gets or sets the time spent making the result faithful to the input (back-projection).</summary>
    public TimeSpan Fidelity { get; set; }

    /// <summary>Gets or sets the time spent encoding the output file.</summary>
    public TimeSpan Encode { get; set; }

    /// <summary>Gets the total of all stages.</summary>
    public TimeSpan Total =>
        this.Decode + this.Preprocess + this.Inference + this.SessionSetup + this.Blend + this.Postprocess + this.Resample + this.Fidelity + this.Encode;
}
