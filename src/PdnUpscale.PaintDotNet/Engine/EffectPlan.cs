// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Imaging;

namespace PdnUpscale.PaintDotNet.Engine;

/// <summary>What happened to a run.</summary>
public enum EffectOutcome
{
    /// <summary>The enlarged result fills the enlarged canvas.</summary>
    Upscaled,

    /// <summary>The result went to the clipboard (and maybe a PNG); the layer is unchanged.</summary>
    NewImage,

    /// <summary>The canvas does not match the factor; the layer is unchanged and the message says what to do.</summary>
    CanvasMismatch,

    /// <summary>The upscale failed on every device; the layer is unchanged.</summary>
    Failed,

    /// <summary>Paint.NET cancelled the run; the layer is unchanged.</summary>
    Cancelled,
}

/// <summary>
/// The result of preparing one settings change: what the layer shows and what to tell the user. Rendering
/// copies from <see cref="LayerImage"/> when it is set and from the original layer otherwise, so every
/// outcome but <see cref="EffectOutcome.Upscaled"/> leaves the pixels alone.
/// </summary>
public sealed class EffectPlan
{
    /// <summary>Gets the outcome.</summary>
    public required EffectOutcome Outcome { get; init; }

    /// <summary>Gets the message for the user: the device that ran, fallbacks, or what to do.</summary>
    public required string Message { get; init; }

    /// <summary>Gets the image the whole layer shows (the heat map while the overlay is on; owned by the engine's cache), or null for the original.</summary>
    public Bgra32Image? LayerImage { get; init; }

    /// <summary>Gets the full-size new image put on the clipboard (the heat map while the overlay is on; owned by the engine's cache), or null.</summary>
    public Bgra32Image? NewImage { get; init; }

    /// <summary>Gets the PNG copy that was saved, or null.</summary>
    public string? SavedPath { get; init; }

    /// <summary>Gets the device inference ran on, e.g. <c>DirectML</c> or <c>CPU</c>, or null when nothing ran.</summary>
    public string? DeviceName { get; init; }

    /// <summary>Gets a value indicating whether the user should be told even when nothing failed (fallbacks, notes).</summary>
    public bool NeedsAttention { get; init; }

    /// <summary>Creates a plan that leaves the layer unchanged.</summary>
    /// <param name="outcome">Why.</param>
    /// <param name="message">What to tell the user.</param>
    /// <returns>The plan.</returns>
    public static EffectPlan Unchanged(EffectOutcome outcome, string message)
        => new() { Outcome = outcome, Message = message, NeedsAttention = outcome != EffectOutcome.Cancelled };
}
